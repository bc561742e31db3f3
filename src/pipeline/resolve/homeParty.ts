// The article's own side: the country named most often in body text. Used only as a fallback
// affiliation for people the text never places ("Prime Minister Pham Minh Chinh").
import type { Doc } from '../doc.ts';

export function homeParty(doc: Doc): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.kind !== 'country') continue;
    const kind = doc.sentences[m.sentence]?.kind;
    if (kind !== 'body' && kind !== 'headline') continue;
    counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [code, c] of counts) if (c > n) [best, n] = [code, c];
  return best;
}
