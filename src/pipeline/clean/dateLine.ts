// The publication date many pages print near the top: a short line that is mostly a date
// ("July 8, 2024", "2024-05-23 22:40", "PUBLISHED : 15 Oct 2024 at 04:00", "Jakarta, 14 May 2024"),
// or a dateline opening the first paragraph ("MANILA 20 August 2024 —", "Riyadh, October 17, 2023, SPA --").
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(\\d{4})\\b`, 'i');
// "15 April ,2025" (a CMS's stray space before the comma)
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s*,\\s*|\\s+)(\\d{4})\\b`, 'i');
/** 31-03-2025, 02.09.2025, 24. 2. 2025: day first, as everywhere but the US (which spells months out). */
const NUMERIC = /\b(\d{1,2})[-./]\s?(\d{1,2})[-./]\s?(\d{4})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || y < 1990 || y > 2100) return null;
  return dt.toISOString().slice(0, 10);
}

/** A full date in the string and where it is. */
export function findFullDate(s: string): { value: string; index: number; length: number } | null {
  let m = ISO.exec(s);
  if (m) {
    const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v) return { value: v, index: m.index, length: m[0].length };
  }
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const v = b > 12 ? iso(Number(m[3]), a, b) : iso(Number(m[3]), b, a);
    if (v) return { value: v, index: m.index, length: m[0].length };
  }
  m = MDY.exec(s);
  if (m) {
    const v = iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
    if (v) return { value: v, index: m.index, length: m[0].length };
  }
  m = DMY.exec(s);
  if (m) {
    const v = iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
    if (v) return { value: v, index: m.index, length: m[0].length };
  }
  return null;
}

/** Is this line a date line (short, little else but the date and a place or label)? */
export function dateLineValue(line: string): { value: string; index: number; length: number } | null {
  const t = line.trim();
  if (t.length > 90) return null;
  const d = findFullDate(t);
  if (!d) return null;
  const rest = (t.slice(0, d.index) + ' ' + t.slice(d.index + d.length)).replace(
    /[\d:,|/().-]+|\b(am|pm|utc|gmt|ict|est|edt|cet|published|updated|posted|ago|at|on|last|source|editor|by|mon|tue|wed|thu|fri|sat|sun|(mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    ' ',
  );
  if (rest.trim().split(/\s+/).filter(Boolean).length <= 4) return d;
  // "KYODO NEWS - Dec 9, 2025 - 21:37 | Japan, World, All": the date's own field of a "|" list
  const bar = t.lastIndexOf('|', d.index);
  const end = t.indexOf('|', d.index + d.length);
  if (bar < 0 && end < 0) return null;
  const field = t.slice(bar + 1, end < 0 ? t.length : end);
  const inner = dateLineValue(field);
  if (!inner) return null;
  return { ...inner, index: t.indexOf(field.trim(), bar + 1) + inner.index };
}

/** A dateline at the start of a paragraph: "MANILA 20 August 2024 —", "Riyadh, October 17, 2023, SPA --". */
export function datelineDate(paragraph: string): { value: string; index: number; length: number } | null {
  const head = paragraph.slice(0, 70);
  const dash = /\s(—|–|--|-)\s|\(\w+\)\s*[-—–]|\/\w+\/\./.exec(head);
  if (!dash) {
    // "Madrid, 25 May 2025. The Minister ...": a place, the date and a full stop
    const d = findFullDate(head);
    return d && /^[A-Z][^.\d]{1,40},\s*$/.test(head.slice(0, d.index)) && head[d.index + d.length] === '.' ? d : null;
  }
  const d = findFullDate(head.slice(0, dash.index + dash[0].length));
  return d && d.index < 40 ? d : null;
}
