// Folding used for every lookup: case and diacritics off, so "Việt Nam" finds "viet nam".
const MARKS = /\p{M}+/gu;

export function fold(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};

/** "58th" → 58, "first" → 1; null when the token is not an ordinal. */
export function parseOrdinal(token: string): number | null {
  const m = /^(\d{1,4})(st|nd|rd|th)$/i.exec(token);
  if (m?.[1]) return Number(m[1]);
  return ORDINAL_WORDS[token.toLowerCase()] ?? null;
}

export function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const last = n % 10;
  return `${n}${last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'}`;
}

const TENS: Record<string, number> = {
  ten: 10,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/** "60" → 60, "sixty" → 60, "seventy-five" → 75, "a hundred" → 100; null otherwise. */
export function parseCardinal(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (/^\d{1,4}$/.test(t)) return Number(t);
  if (/^(a|one) hundred$/.test(t)) return 100;
  const [tens, unit] = t.split(/[-\s]/);
  const n = TENS[tens ?? ''];
  if (n === undefined) return null;
  if (unit === undefined) return n;
  const u = UNITS[unit];
  return u === undefined ? null : n + u;
}
