// Day spans chrono reads only in part: "from 14 to 16 July" (read as hours) and "March 20 and 21".
import type * as chrono from 'chrono-node';
import { chronoFor } from './chronoFor.ts';
import { MONTH_WORDS } from './wordClasses.ts';

const MONTH_AFTER = new RegExp(`^\\s+(${[...MONTH_WORDS].join('|')})\\b`, 'i');

/**
 * chrono reads "from 14 to 16 July" as 14:00 to 16:00, leaving the month behind. A result with no
 * day, month or weekday that a month name follows is read again from its first digit ("14 to
 * 16 July"): where that reading starts and what it found.
 */
export function dayRangeRead(
  window: string,
  r: chrono.ParsedResult,
  casual: boolean,
  ref: Date,
): { at: number; results: chrono.ParsedResult[] } | null {
  const c = r.start;
  if (c.isCertain('day') || c.isCertain('month') || c.isCertain('weekday')) return null;
  if (!MONTH_AFTER.test(window.slice(r.index + r.text.length))) return null;
  const digit = r.text.search(/\d/);
  if (digit <= 0) return null;
  const at = r.index + digit;
  const rest = window.slice(at);
  const results = chronoFor(rest, casual).parse(rest, ref);
  return results.some((x) => x.start.isCertain('day')) ? { at, results } : null;
}

/** "on March 20 and 21", "on 20 and 21 March": two days in a row, read as one span. chrono
 * reads only the day next to the month. */
export function nextDay(
  text: string,
  start: number,
  end: number,
  day: number,
): { start: number; end: number; startDay: number; endDay: number } | null {
  const after = /^ and (\d{1,2})\b/.exec(text.slice(end, end + 8));
  if (after && Number(after[1]) === day + 1)
    return { start, end: end + after[0].length, startDay: day, endDay: day + 1 };
  const before = /\b(\d{1,2}) and $/.exec(text.slice(Math.max(0, start - 8), start));
  if (before && Number(before[1]) === day - 1)
    return { start: start - before[0].length, end, startDay: day - 1, endDay: day };
  return null;
}
