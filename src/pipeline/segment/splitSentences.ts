// Sentence boundaries inside one block: a full stop, question or exclamation mark followed by
// space and an upper-case letter, digit or quote, unless the word before is a known abbreviation
// or an initial ("Antony J. Blinken", "U.S. President").
const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'eng',
  'engr',
  'st',
  'no',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'prof',
  'jr',
  'sr',
  'hon',
  'amb',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'e.g',
  'i.e',
  'h.e',
  'u.s',
  'u.k',
  'u.n',
  'approx',
  'dept',
  'est',
  'fig',
  'mt',
  'op',
  'sgt',
  'capt',
  // name abbreviations: "Ma. Theresa Lazaro", "Mohd. Khalid", "Sto. Tomas"
  'ma',
  'mohd',
  'muh',
  'md',
  'sto',
  'sta',
  'abd',
]);
const BOUNDARY = /([.!?]["”’)]*)(\s+)(?=["“‘(]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const stop = m.index + (m[1]?.length ?? 1);
    if (m[1]?.startsWith('.') && isAbbreviation(slice, m.index)) continue;
    if (stop - from > 1) out.push({ start: start + from, end: start + stop });
    from = stop + (m[2]?.length ?? 0);
  }
  if (from < slice.length && slice.slice(from).trim()) out.push({ start: start + from, end });
  return out;
}

function isAbbreviation(s: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(s[i - 1]!)) i--;
  const word = s.slice(i, dot).toLowerCase();
  if (!word) return false;
  if (ABBREV.has(word)) return true;
  // a single capital initial: "J." in "Antony J. Blinken"
  return /^\p{Lu}$/u.test(s.slice(i, dot));
}
