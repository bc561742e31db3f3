// Topics of an engagement: taxonomy phrases (data/topics.json) in the sentences that describe it.
import type { Evidence } from '../doc.ts';
import type { SentenceView } from './sentenceView.ts';

export function topicsOf(
  views: SentenceView[],
  sentences: number[],
  topics: readonly string[],
  tokenSpan: (a: number, b: number) => Evidence,
): { topic: string; evidence: Evidence }[] {
  const first = new Map<string, { tokenStart: number; tokenEnd: number }>();
  for (const s of sentences)
    for (const c of views[s]?.cues ?? []) {
      if (!c.label.startsWith('topic:')) continue;
      const topic = c.label.slice(6);
      const notLabel = `not-topic:${topic}`;
      const blocked = views[s]!.cues.some(
        (b) => b.label === notLabel && b.tokenStart <= c.tokenStart && c.tokenEnd <= b.tokenEnd,
      );
      if (blocked) continue;
      if (!first.has(topic)) first.set(topic, c);
    }
  // taxonomy order, as the lexicon lists them
  return topics
    .filter((t) => first.has(t))
    .map((topic) => {
      const c = first.get(topic)!;
      return { topic, evidence: tokenSpan(c.tokenStart, c.tokenEnd) };
    });
}
