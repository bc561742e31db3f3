// An engagement as one flat row: the CSV columns shared by the CLI's `--csv` and the web UI's
// export, so the two files a user downloads have the same shape. Pure and dependency-free (the
// browser bundle imports it); quoting and formula-escaping are left to each writer.
import type { EngagementItem } from './types.ts';

export type CellValue = string | number | boolean | null;

export const ENGAGEMENT_CSV_HEADER: readonly string[] = [
  'id',
  'date',
  'date_end',
  'date_inferred',
  'type',
  'status',
  'parties',
  'participants',
  'city',
  'country',
  'occasion',
  'topics',
  'requests',
  'sources',
];

/** Joins a list into one cell: "JPN; PHL". */
export function listCell(values: readonly (string | null | undefined)[]): string {
  return values.filter((v): v is string => typeof v === 'string' && v !== '').join('; ');
}

export function engagementCsvRow(e: EngagementItem): CellValue[] {
  return [
    e.id,
    e.date,
    e.dateEnd,
    e.dateInferred,
    e.type,
    e.status,
    listCell(e.parties),
    listCell(e.participants.map((p) => [p.name, p.title, p.affiliation].filter(Boolean).join(', '))),
    e.city,
    e.country,
    e.occasion,
    listCell(e.topics),
    listCell(e.requests.map((r) => `${r.by} -> ${r.of} ${r.kind}${r.text ? `: ${r.text}` : ''}`)),
    listCell(e.sources.map((s) => s.url ?? s.source)),
  ];
}
