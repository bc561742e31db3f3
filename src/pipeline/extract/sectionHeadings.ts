// Section headings of digests and itineraries: short lines of their own that open with a date
// ("MONDAY, 12 MAY - Sybiha in Vilnius", "Beirut, 22-23 May"), which date and place the
// engagements told under them.
import type { Doc, Evidence, Located, Mention } from '../doc.ts';
import type { SentenceView } from './sentenceView.ts';

export interface SectionHeading {
  sentence: number;
  date: Mention;
  /** The place the heading names first, if any. */
  place: Located<{ city: string | null; country: string }> | null;
}

/** The headings past the article's first body sentence, in text order. */
export function dateHeadings(doc: Doc, views: SentenceView[]): SectionHeading[] {
  const out: SectionHeading[] = [];
  const firstBody = views.find((v) => v.kind === 'body' && v.first >= 0)?.index ?? Infinity;
  const lines = new Set(doc.blocks.map((b) => `${b.start}:${b.end}`));
  for (const v of views) {
    if (v.index <= firstBody || v.first < 0 || v.end - v.first > 12) continue;
    const date = v.mentions.find(
      (m) => m.kind === 'date' && m.attrs.precision !== 'month' && m.tokenStart - v.first <= 3,
    );
    const s = doc.sentences[v.index]!;
    if (date && lines.has(`${s.start}:${s.end}`)) out.push({ sentence: v.index, date, place: headingPlace(v) });
  }
  return out;
}

/** The heading of the section a sentence is in: the nearest one before it. */
export function sectionHeading(headings: readonly SectionHeading[], sentence: number): SectionHeading | null {
  let found: SectionHeading | null = null;
  for (const h of headings) {
    if (h.sentence >= sentence) break;
    found = h;
  }
  return found;
}

/** The first place a heading names: "Beirut, 22-23 May". */
function headingPlace(v: SentenceView): SectionHeading['place'] {
  const m =
    v.mentions.find((x) => x.kind === 'city' && x.attrs.country) ?? v.mentions.find((x) => x.kind === 'country');
  if (!m) return null;
  const evidence: Evidence = { start: m.start, end: m.end, rule: 'section-place', provenance: 'stated' };
  if (m.kind === 'city')
    return m.attrs.country ? { value: { city: m.value, country: m.attrs.country }, evidence } : null;
  return { value: { city: null, country: m.value }, evidence };
}
