// What `ingest`, `reextract` and each poll of `watch` report at the end: counts by outcome, every
// failure with its source and reason, feed items skipped by the cap, and the database totals.
// As a table for people, or one JSON object (--json) for scripts.
import type { SaveResult, Stats } from '../store/store.ts';

export interface IngestSummary {
  command: 'ingest' | 'reextract' | 'watch';
  db: string;
  /** Documents stored for the first time. */
  new: number;
  /** Documents whose exact text was already stored (or feed items a previous poll delivered). */
  unchanged: number;
  /** Changed text at a URL already stored: a new version replaced the old one. */
  newVersions: number;
  /** Of the new documents and versions, those found to be syndicated copies of a stored one. */
  nearDuplicates: number;
  /** reextract: stored documents re-run through the current pipeline. */
  reextracted: number;
  failed: number;
  failures: { source: string; reason: string }[];
  /** Feed items left out by the per-feed cap (each feed's count and reason in `skips`). */
  skipped: number;
  skips: { source: string; reason: string; count: number }[];
  /** Database totals after the run. */
  documents: number;
  engagements: number;
  seconds: number;
}

export function emptySummary(command: IngestSummary['command'], db: string): IngestSummary {
  return {
    command,
    db,
    new: 0,
    unchanged: 0,
    newVersions: 0,
    nearDuplicates: 0,
    reextracted: 0,
    failed: 0,
    failures: [],
    skipped: 0,
    skips: [],
    documents: 0,
    engagements: 0,
    seconds: 0,
  };
}

export function countSaved(s: IngestSummary, saved: SaveResult): void {
  if (saved.status === 'new') s.new += 1;
  else if (saved.status === 'unchanged') s.unchanged += 1;
  else s.newVersions += 1;
  if (saved.status !== 'unchanged' && saved.nearDuplicateOf !== null) s.nearDuplicates += 1;
}

export function countFailure(s: IngestSummary, source: string, reason: string): void {
  s.failed += 1;
  s.failures.push({ source, reason });
}

export function countSkipped(s: IngestSummary, source: string, reason: string, count: number): void {
  s.skipped += count;
  s.skips.push({ source, reason, count });
}

export function finishSummary(s: IngestSummary, stats: Stats, startedAt: number): IngestSummary {
  s.documents = stats.documents;
  s.engagements = stats.engagements;
  s.seconds = Math.round((performance.now() - startedAt) / 10) / 100;
  return s;
}

/** 0 when every input was stored (or already was), 1 when anything failed or was skipped. */
export function exitCode(s: IngestSummary): number {
  return s.failed > 0 || s.skipped > 0 ? 1 : 0;
}

/** Keeps a reported path or reason on one line whatever it contains. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\p{Cc}]+/gu, ' ').trim();
}

export function formatSummary(s: IngestSummary): string {
  const rows: [string, number][] =
    s.command === 'reextract'
      ? [['reextracted', s.reextracted]]
      : [
          ['new', s.new],
          ['unchanged', s.unchanged],
          ['new versions', s.newVersions],
          ['near-duplicates', s.nearDuplicates],
        ];
  rows.push(['failed', s.failed]);
  if (s.command !== 'reextract') rows.push(['skipped', s.skipped]);
  rows.push(['documents', s.documents], ['engagements', s.engagements]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const out = [`${s.command}: ${oneLine(s.db)} (${s.seconds.toFixed(2)} s)`];
  for (const [label, n] of rows) out.push(`  ${label.padEnd(width)}  ${n}`);
  if (s.failures.length > 0) {
    out.push('', 'failed:');
    for (const f of s.failures) out.push(`  ${oneLine(f.source)}: ${oneLine(f.reason) || 'failed'}`);
  }
  if (s.skips.length > 0) {
    out.push('', 'skipped:');
    for (const k of s.skips) out.push(`  ${oneLine(k.source)}: ${oneLine(k.reason)}`);
  }
  return out.join('\n');
}
