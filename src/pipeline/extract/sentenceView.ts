// Per-sentence lookups the extractors share: token range, key stream, and who is referred to.
import type { Cue, Doc, Mention } from '../doc.ts';

export interface PersonRef {
  person: number;
  start: number;
  end: number;
  tokenStart: number;
  rule: string;
}

export interface SentenceView {
  index: number;
  kind: Doc['sentences'][number]['kind'];
  first: number;
  end: number;
  cues: Cue[];
  refs: PersonRef[];
  mentions: Mention[];
}

export function buildViews(doc: Doc): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((s) => ({
    index: s.index,
    kind: s.kind,
    first: -1,
    end: -1,
    cues: [],
    refs: [],
    mentions: [],
  }));
  for (let i = 0; i < doc.tokens.length; i++) {
    const v = views[doc.tokens[i]!.sentence]!;
    if (v.first < 0) v.first = i;
    v.end = i + 1;
  }
  for (const c of doc.cues) views[c.sentence]?.cues.push(c);
  const tokenOf = (offset: number, sentence: number): number => {
    const v = views[sentence]!;
    for (let i = v.first; i < v.end; i++) if (doc.tokens[i]!.end > offset) return i;
    return v.end - 1;
  };
  for (const p of doc.people)
    for (const m of p.mentions)
      views[m.sentence]?.refs.push({
        person: p.id,
        start: m.start,
        end: m.end,
        tokenStart: tokenOf(m.start, m.sentence),
        rule: m.rule,
      });
  for (const v of views) v.refs.sort((a, b) => a.start - b.start);
  for (const m of doc.mentions) views[m.sentence]?.mentions.push(m);
  return views;
}
