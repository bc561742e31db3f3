// Calendar dates from date mentions: the year comes from the mention, else from the article's
// date (news reports the recent past, announcements the near future), else from the inferred year.
import type { Doc, Mention } from '../doc.ts';
import { datelineDate } from '../clean/dateLine.ts';

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return dt.toISOString().slice(0, 10);
}

function dayDiff(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO date (or "START/END") a date mention denotes, or null when the year cannot be known. */
export function resolveDate(m: Mention, doc: Doc, planned: boolean): { value: string; inferredYear: boolean } | null {
  const a = m.attrs;
  const pub = doc.published?.value ?? null;
  if (a.relative) {
    // "Tegucigalpa, April 9, 2025. ... today headed": the day the paragraph is datelined, which a
    // release published the next day does not share
    const anchor = datelineDay(doc, m) ?? pub;
    if (!anchor) return null;
    const shift = a.relative.includes('yesterday') ? -1 : a.relative.includes('tomorrow') ? 1 : 0;
    return { value: addDays(anchor, shift), inferredYear: false };
  }
  if (a.weekday && !a.month) {
    if (!pub) return null;
    const target = Number(a.weekday);
    const pubDay = new Date(`${pub}T00:00:00Z`).getUTCDay();
    let delta = (target - pubDay + 7) % 7;
    if (!planned && delta > 0) delta -= 7; // "on Tuesday" in a report: the last Tuesday
    return { value: addDays(pub, delta), inferredYear: false };
  }
  if (!a.month || !a.day) return null;
  const month = Number(a.month);
  const day = Number(a.day);
  let year = a.year ? Number(a.year) : null;
  let inferredYear = false;
  if (year === null) {
    inferredYear = true;
    if (pub) {
      year = Number(pub.slice(0, 4));
      const cand = iso(year, month, day);
      if (cand && !planned && dayDiff(cand, pub) > 31) year--;
      if (cand && planned && dayDiff(cand, pub) < -31) year++;
    } else if (doc.year) year = doc.year.value;
    else return null;
  }
  const start = iso(year, month, day);
  if (!start) return null;
  if (a.endDay) {
    const endYear = a.endYear ? Number(a.endYear) : year + (Number(a.endMonth) < month ? 1 : 0);
    const end = iso(endYear, Number(a.endMonth ?? month), Number(a.endDay));
    if (end && end > start) return { value: `${start}/${end}`, inferredYear };
  }
  return { value: start, inferredYear };
}

/** The date of a dateline opening the mention's paragraph ("Tegucigalpa, Honduras, April 9, 2025."),
 * read as the clean stage reads it. */
function datelineDay(doc: Doc, m: Mention): string | null {
  const b = doc.blocks.find((x) => x.start <= m.start && m.start < x.end);
  if (!b) return null;
  const d = datelineDate(doc.text.slice(b.start, b.end));
  return d && b.start + d.index < m.start ? d.value : null;
}
