// ISO calendar-day helpers. Dates are stored as 'YYYY-MM-DD' text on both backends; arithmetic
// happens here, in UTC, so that no time zone can shift a day.

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day a value starts with ('2024-06-03/2024-06-05' → '2024-06-03'), or null. */
export function isoDay(value: string | null | undefined): string | null {
  const m = value ? ISO_DAY.exec(value) : null;
  if (!m) return null;
  // Checked by arithmetic (isoDayByDate is the definition): the store calls this for every date
  // it compares, and a Date and its ISO string per call cost ~1 µs.
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Date.UTC reads years 0-99 as 1900-1999, so those never round-trip.
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? m[0] : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** isoDay's definition: the day survives a round trip through a UTC Date. */
export function isoDayByDate(value: string | null | undefined): string | null {
  const m = value ? ISO_DAY.exec(value) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === m[0] ? m[0] : null;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** b − a in days. */
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** A record date ('START' or 'START/END') split into its start and end days. */
export function splitRange(value: string | null): { date: string | null; end: string | null } {
  if (!value) return { date: null, end: null };
  const [start, end] = value.split('/');
  return { date: isoDay(start) ?? value, end: isoDay(end) };
}

/** A user-supplied bound ('2024', '2024-06', '2024-06-03') as a day; null when malformed, so a
 * garbage bound matches nothing instead of comparing as text against every date. */
export function boundDay(value: string, edge: 'from' | 'to'): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const month = m[2] ?? (edge === 'from' ? '01' : '12');
  const day = m[3] ?? (edge === 'from' ? '01' : null);
  if (day) return isoDay(`${m[1]}-${month}-${day}`);
  // Last day of the month, once the month is known to be a valid one.
  return isoDay(`${m[1]}-${month}-01`) ? `${m[1]}-${month}-${daysInMonth(Number(m[1]), Number(month))}` : null;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
