// Export of the current filter's engagements as CSV or JSON, built in the browser from the API's
// pages (200 rows each, up to MAX_EXPORT rows). CSV cells that a spreadsheet would run as a
// formula (starting with = + - @) are prefixed with an apostrophe.
import { apiUrl, type EngagementItem, getJson, type Paged } from './api.ts';
import type { Filter } from './filters.ts';
import { ENGAGEMENT_CSV_HEADER, engagementCsvRow } from '../../src/store/engagementColumns.ts';

export const MAX_EXPORT = 10_000;
const PAGE = 200;

export async function fetchAllEngagements(
  filter: Filter,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ items: EngagementItem[]; total: number }> {
  const items: EngagementItem[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_EXPORT; offset += PAGE) {
    const page = await getJson<Paged<EngagementItem>>(apiUrl('/api/engagements', { ...filter, limit: PAGE, offset }));
    total = page.total;
    items.push(...page.items);
    onProgress(items.length, Math.min(total, MAX_EXPORT));
    if (page.items.length < PAGE || items.length >= total) break;
  }
  return { items, total };
}

export function csvCell(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function engagementsToCsv(items: EngagementItem[]): string {
  const rows = items.map(engagementCsvRow);
  return [ENGAGEMENT_CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Saves text as a file through a temporary object URL. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
