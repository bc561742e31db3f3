// The article's own side: the country named most often in body text. Used only as a fallback
// affiliation for people the text never places ("Prime Minister Pham Minh Chinh").
import type { Doc } from '../doc.ts';
import { dateline } from './dateline.ts';

export function homeParty(doc: Doc, claimed: ReadonlySet<string> = new Set()): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.kind !== 'country') continue;
    const kind = doc.sentences[m.sentence]?.kind;
    if (kind !== 'body' && kind !== 'headline') continue;
    const before = doc.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
    const weight = /\b(in|to|visit|visiting|visited)\s+(the\s+)?$/.test(before) ? 0.25 : 1;
    counts.set(m.value, (counts.get(m.value) ?? 0) + weight);
  }
  // a story filed from a capital is told from that country's side, even when one of its
  // officials is already named ("Jakarta (ANTARA) - ... President Prabowo Subianto")
  const filed = dateline(doc)?.value.country;
  if (filed && counts.has(filed)) return filed;
  const unclaimed = [...counts].filter(([code]) => !claimed.has(code));
  if (unclaimed.length) return unclaimed.sort((a, b) => b[1] - a[1])[0]![0];
  // every side named belongs to someone else: the text does not say whose side the rest are on
  if (counts.size && claimed.size) return null;
  let best: string | null = null;
  let n = 0;
  for (const [code, c] of counts) if (c > n) [best, n] = [code, c];
  return best;
}
