// The dateline that opens many news stories: "NEW YORK —", "SANTIAGO, Feb 2 (Reuters) -",
// "MANILA 20 August 2024 —", "Vientiane (VNA) –", "Ulaanbaatar /MONTSAME/.". It names where the
// story was filed: the default place of its engagements, and a hint of whose side it tells.
import type { Doc, Located } from '../doc.ts';

/** "NEW YORK —", "SANTIAGO, Feb 2 (Reuters) -", "MANILA 20 August 2024 —", "Vientiane (VNA) –", "Ulaanbaatar /MONTSAME/." */
export function dateline(doc: Doc): Located<{ city: string | null; country: string }> | null {
  let seen = 0;
  for (const b of doc.blocks) {
    if (b.kind !== 'body') continue;
    if (++seen > 3) break;
    const head = doc.text.slice(b.start, Math.min(b.end, b.start + 80));
    const marker =
      /\s(—|–|--|-)\s|\(\s*[\w ]+\s*\)\s*[-—–]|\/[\w ]+\/\s*\.?|^[^,]{2,30},\s*(\d|[A-Z][a-z]+\.? \d)/.exec(head);
    if (!marker || marker.index > 60) continue;
    const here = doc.mentions.filter(
      (m) => (m.kind === 'city' || m.kind === 'country') && m.start >= b.start && m.start <= b.start + 2,
    );
    // a capital is both a city and its country: the city reading carries more
    const city = here.find((m) => m.kind === 'city') ?? here[0];
    if (!city || city.end > b.start + marker.index + marker[0].length) continue;
    const country = city.kind === 'city' ? city.attrs.country : city.value;
    if (!country) continue;
    const evidence = { start: city.start, end: city.end, rule: 'dateline', provenance: 'stated' as const };
    return { value: { city: city.kind === 'city' ? city.value : null, country }, evidence };
  }
  return null;
}
