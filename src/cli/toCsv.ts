// CSV output of the query commands (RFC 4180 via csv-stringify). Text from articles can start
// with = + - @ or a tab, which spreadsheets run as a formula; such cells get a leading apostrophe
// (the OWASP advice for CSV injection). Numbers are written as they are.
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: CsvValue): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A header row and data rows as CSV text with CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))], { record_delimiter: 'windows' });
}
