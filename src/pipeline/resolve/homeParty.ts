// The article's own side, used only as the affiliation of people the text never places
// ("Prime Minister Pham Minh Chinh", "President Xi Jinping"). Outlets mark foreign officials
// ("Portuguese Prime Minister ...") and leave their own unmarked, so in order: the country of a
// national news agency in the dateline ("(VNA)", "SPA --"); the country of the dateline, unless
// a named official is from there (a correspondent abroad) or it is only the venue of the
// occasion (a story filed from New York during the UN General Assembly); a country that no named official belongs to (named at least twice if
// it is to outweigh the next signal); the side of the first official the body names (readouts
// lead with their own official); the country named most often.
import type { Doc } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { dateline } from './dateline.ts';

export interface HomeHints {
  /** Sides stated for named people (by title or "of X"), not guessed. */
  claimed: ReadonlySet<string>;
  /** The stated side of the first official the body names, if any. */
  leadSide: string | null;
}

export function homeParty(doc: Doc, hints: HomeHints, k: Knowledge): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.kind !== 'country') continue;
    const kind = doc.sentences[m.sentence]?.kind;
    if (kind !== 'body' && kind !== 'headline') continue;
    const before = doc.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
    const weight = /\b(in|to|visit|visiting|visited)\s+(the\s+)?$/.test(before) ? 0.25 : 1;
    counts.set(m.value, (counts.get(m.value) ?? 0) + weight);
  }
  const agency = agencyCountry(doc, k);
  if (agency) return agency;
  // the reporter's location is the article's side only when no named official is from there
  const filed = dateline(doc)?.value;
  if (filed && counts.has(filed.country) && !hints.claimed.has(filed.country) && !isVenue(doc, filed.city, k))
    return filed.country;
  // to outweigh the first official's stated side, an unmarked country must be named twice
  const unclaimed = [...counts].filter(([code, n]) => !hints.claimed.has(code) && (n >= 2 || !hints.leadSide));
  if (unclaimed.length) return unclaimed.sort((a, b) => b[1] - a[1])[0]![0];
  if (hints.leadSide) return hints.leadSide;
  // every side named belongs to someone else: the text does not say whose side the rest are on
  if (counts.size && hints.claimed.size) return null;
  let best: string | null = null;
  let n = 0;
  for (const [code, c] of counts) if (c > n) [best, n] = [code, c];
  return best;
}

/** A national news agency named in the dateline: "Minsk, July 11 (VNA) -", "Riyadh, ... SPA --". */
function agencyCountry(doc: Doc, k: Knowledge): string | null {
  let seen = 0;
  for (const b of doc.blocks) {
    // a byline or date line above the body that opens with the agency: "KYODO NEWS - Dec 9, 2025"
    if (b.kind !== 'body' && !seen) {
      const line = /^([A-Za-z]{3,12})(?:\s+(?:news|press))?\s*(?:[-—–|:]|$)/i.exec(
        doc.text.slice(b.start, Math.min(b.end, b.start + 40)),
      );
      const word = line?.[1];
      const country = word && (k.agencies.get(word) ?? k.agencies.get(word[0]! + word.slice(1).toLowerCase()));
      if (country) return country;
      continue;
    }
    if (b.kind !== 'body') continue;
    if (++seen > 3) break;
    const head = doc.text.slice(b.start, Math.min(b.end, b.start + 90));
    const m =
      /\(\s*([A-Za-z][\w .]{1,24}?)\s*\)|\/\s*([A-Za-z]{2,12})\s*\/|,\s*([A-Z]{2,8})\s*(?:--|—|–)|^([A-Z][A-Za-z]{1,12})\s*(?:--|—|–)/.exec(
        head,
      );
    const name = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
    const country = name ? k.agencies.get(name.trim()) : undefined;
    if (country) return country;
  }
  return null;
}

/** Is the city the fixed venue of a recurring meeting the article names? */
function isVenue(doc: Doc, city: string | null, k: Knowledge): boolean {
  if (!city) return false;
  return doc.mentions.some(
    (m) => m.kind === 'occasion' && m.attrs.meeting && k.meetings.get(m.attrs.meeting)?.venue?.city === city,
  );
}
