// Turning the date strings found in HTML metadata into ISO calendar dates (YYYY-MM-DD).
// The date is read as written: "2024-03-05T23:30:00-05:00" is 2024-03-05, the publisher's
// local date, not converted to UTC.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD for a valid calendar date in 1900–2100, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 1–12 for a month name or its abbreviation ("Mar", "Sept", "March"), else 0. */
function monthIndex(name: string): number {
  const n = name.toLowerCase();
  if (n.length < 3) return 0;
  return MONTHS.findIndex((full) => full.startsWith(n)) + 1;
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/**
 * Reads a date from metadata: ISO 8601 and its slash/dot/compact variants at the start, or
 * "5 March 2024" / "March 5, 2024" / RFC 2822 ("Tue, 05 Mar 2024 10:00:00 GMT") anywhere.
 * Returns null when nothing in the string is a valid date.
 */
export function toIsoDate(raw: string): string | null {
  const s = raw.trim().slice(0, 200);
  let m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthIndex(m[2]!);
    if (month > 0) return isoDate(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month > 0) return isoDate(Number(m[3]), month, Number(m[2]));
  }
  return null;
}
