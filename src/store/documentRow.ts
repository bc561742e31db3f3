// A stored document's row, as both write paths build it (../saveExtraction.ts one document at a
// time, batch/flushBatch.ts in bulk).
import { bands } from './fingerprint.ts';
import type { PreparedSave } from './prepareSave.ts';

/** PostgreSQL text cannot hold NUL; U+FFFD keeps the length, so evidence offsets stay right. */
export const noNul = <T extends string | null>(s: T): T => (s === null ? s : (s.replaceAll('\u0000', '\uFFFD') as T));

export const DOCUMENT_COLUMNS = [
  'content_hash',
  'source',
  'url',
  'title',
  'published',
  'text',
  'format',
  'ingested_at',
  'pipeline_version',
  'near_duplicate_of',
  'previous_version_id',
  'latest',
  'simhash',
  'sh_band0',
  'sh_band1',
  'sh_band2',
  'sh_band3',
] as const;

export type DocumentRow = Record<(typeof DOCUMENT_COLUMNS)[number], string | number | null>;

export function documentRow(
  input: PreparedSave,
  link: { ingestedAt: string; nearDuplicateOf: number | null; previousVersionId: number | null },
): DocumentRow {
  const [b0, b1, b2, b3] = bands(input.simhash);
  return {
    content_hash: input.contentHash,
    source: noNul(input.source),
    url: noNul(input.url),
    title: noNul(input.title),
    published: input.published,
    text: noNul(input.text),
    format: input.format,
    ingested_at: link.ingestedAt,
    pipeline_version: input.pipelineVersion,
    near_duplicate_of: link.nearDuplicateOf,
    previous_version_id: link.previousVersionId,
    latest: 1,
    simhash: input.simhash,
    sh_band0: b0,
    sh_band1: b1,
    sh_band2: b2,
    sh_band3: b3,
  };
}
