// Months named without a day ("in late October", "in March 2024"), which chrono's strict parser
// does not read: kept as date mentions of month precision, so an engagement they date is not
// given the article's day.
import type { Doc, Mention } from '../doc.ts';
import { MONTH_WORDS } from './wordClasses.ts';

/** Words before a month named without a day. */
export const MONTH_BEFORE = new Set(['in', 'late', 'early', 'mid', 'since', 'until', 'during', 'last', 'next']);

/** /^\d{min,max}$/ without a regex per token. */
export function allDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const MONTH_NUMBER = new Map(
  [...MONTH_WORDS].map((w) => [w, 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(w.slice(0, 3)) / 3 + 1] as const),
);

/** Month mentions at the sentence's month cues that no chrono result covers (those from `from` on). */
export function monthsAlone(doc: Doc, cues: readonly number[], found: Mention[], from: number): void {
  for (const i of cues) {
    const t = doc.tokens[i]!;
    const month = MONTH_NUMBER.get(t.key);
    if (!month || !t.cap || found.some((m, j) => j >= from && m.tokenStart <= i && i < m.tokenEnd)) continue;
    const next = doc.tokens[i + 1];
    const year = next && next.sentence === t.sentence && allDigits(next.text, 4, 4) ? next : null;
    if (!year && !MONTH_BEFORE.has(doc.tokens[i - 1]?.key ?? '')) continue;
    const last = year ?? t;
    found.push({
      kind: 'date',
      start: t.start,
      end: last.end,
      tokenStart: i,
      tokenEnd: year ? i + 2 : i + 1,
      sentence: t.sentence,
      rule: 'month-alone',
      provenance: 'stated',
      value: doc.text.slice(t.start, last.end),
      attrs: year
        ? { month: String(month), year: year.text, precision: 'month' }
        : { month: String(month), precision: 'month' },
    });
  }
}
