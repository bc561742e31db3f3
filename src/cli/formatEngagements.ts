// Tables and CSV rows for lists of engagements (`engagements`, `pair`, the person profile).
import type { EngagementItem, Paged, TimelineOrder } from '../store/store.ts';
import { cell, columns, truncate, type Style } from './formatTable.ts';
import { ENGAGEMENT_CSV_HEADER, engagementCsvRow } from '../store/engagementColumns.ts';
import { toCsv } from './toCsv.ts';

const PARTICIPANTS_MAX = 64;
const WHERE_MAX = 40;
const TOPICS_MAX = 40;

function when(e: EngagementItem): string {
  if (!e.date) return 'undated';
  return `${e.date}${e.dateEnd ? `/${e.dateEnd.slice(5)}` : ''}${e.dateInferred ? ' ~' : ''}`;
}

function where(e: EngagementItem): string {
  const place = [e.city, e.country].filter((p): p is string => !!p).join(', ');
  return [place, e.occasion].filter((p): p is string => !!p).join(' · ');
}

/** The aligned table of engagements, one row each, with a header row; no trailing newline. */
export function engagementTable(items: readonly EngagementItem[], style: Style): string {
  if (items.length === 0) return '  (no engagements)';
  const header = ['ID', 'DATE', 'TYPE', 'STATUS', 'PARTIES', 'PARTICIPANTS', 'WHERE / OCCASION', 'TOPICS'];
  const rows = items.map((e) => [
    String(e.id),
    when(e),
    cell(e.type),
    cell(e.status),
    cell(e.parties.join(', ')),
    truncate(
      cell(e.participants.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ')),
      PARTICIPANTS_MAX,
    ),
    truncate(cell(where(e)), WHERE_MAX),
    truncate(cell(e.topics.join(', ')), TOPICS_MAX),
  ]);
  const [head = '', ...body] = columns([header, ...rows]);
  return [`  ${style.bold(head)}`, ...body.map((l) => `  ${l}`)].join('\n');
}

/** "1 engagement", "3 engagements"; `noun` is the singular. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "3 engagements" or "showing 51-100 of 240 engagements (--offset 100 for more)". With `range`
 * the range is given even when one page holds everything; `note` follows the count. */
export function pageLine(page: Paged<unknown>, noun: string, options: { range?: boolean; note?: string } = {}): string {
  const { total, offset, items } = page;
  const note = options.note ? `, ${options.note}` : '';
  if (items.length === 0) {
    return offset > 0 && total > 0 ? `no ${noun}s at offset ${offset} (${total} in all)` : `0 ${noun}s`;
  }
  if (offset === 0 && items.length === total && !options.range) return `${count(total, noun)}${note}`;
  const last = offset + items.length;
  return `showing ${offset + 1}-${last} of ${count(total, noun)}${note}${last < total ? ` (--offset ${last} for more)` : ''}`;
}

export function formatEngagementPage(page: Paged<EngagementItem>, style: Style): string {
  return `${pageLine(page, 'engagement')}\n\n${engagementTable(page.items, style)}`;
}

/** A pair's page: "VNM – USA  showing 1-50 of 240 engagements, oldest first (...)" and the table. */
export function formatPairPage(
  pair: { a: string; b: string; order: TimelineOrder },
  page: Paged<EngagementItem>,
  style: Style,
): string {
  const note = pair.order === 'asc' ? 'oldest first' : 'newest first';
  const line = pageLine(page, 'engagement', { range: true, note });
  return `${style.bold(`${pair.a} – ${pair.b}`)}  ${line}\n\n${engagementTable(page.items, style)}`;
}

export function engagementsCsv(items: readonly EngagementItem[]): string {
  return toCsv(ENGAGEMENT_CSV_HEADER, items.map(engagementCsvRow));
}
