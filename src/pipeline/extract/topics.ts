// Topics of an engagement: taxonomy phrases (data/topics.json) in the sentences that describe it.
import type { Evidence } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { findAll } from '../../text/keyStream.ts';
import type { SentenceView } from './sentenceView.ts';

export function topicsOf(
  views: SentenceView[],
  sentences: number[],
  k: Knowledge,
  tokenSpan: (a: number, b: number) => Evidence,
): { topic: string; evidence: Evidence }[] {
  const out: { topic: string; evidence: Evidence }[] = [];
  for (const { topic, re } of k.lexicons.topics) {
    for (const s of sentences) {
      const v = views[s];
      if (!v || v.first < 0) continue;
      const hit = findAll(v.ks, re)[0];
      if (hit) {
        out.push({ topic, evidence: tokenSpan(hit.tokenStart, hit.tokenEnd) });
        break;
      }
    }
  }
  return out;
}
