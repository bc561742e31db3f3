// Reading stored documents back: one by id (the API's document view) and the stale ones that
// `reextract` runs the pipeline over again.
import type { Kysely, Selectable } from 'kysely';
import type { Database, DocumentsTable } from './schema.ts';
import type { StoredDocument } from './types.ts';

const COLUMNS = [
  'id',
  'source',
  'url',
  'title',
  'published',
  'format',
  'text',
  'pipeline_version',
  'ingested_at',
  'near_duplicate_of',
] as const;

export async function getDocument(db: Kysely<Database>, id: number): Promise<StoredDocument | null> {
  if (!Number.isSafeInteger(id)) return null;
  const row = await db.selectFrom('documents').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toStoredDocument(row) : null;
}

/** Current documents whose records came from another pipeline version, oldest first. */
export async function staleDocuments(
  db: Kysely<Database>,
  pipelineVersion: string,
  limit: number,
): Promise<StoredDocument[]> {
  const rows = await db
    .selectFrom('documents')
    .select(COLUMNS)
    .where('latest', '=', 1)
    .where('pipeline_version', '<>', pipelineVersion)
    .orderBy('id')
    .limit(Math.max(1, Math.min(10_000, Math.floor(limit) || 1)))
    .execute();
  return rows.map(toStoredDocument);
}

type Row = Pick<Selectable<DocumentsTable>, (typeof COLUMNS)[number]>;

function toStoredDocument(r: Row): StoredDocument {
  return {
    id: r.id,
    source: r.source,
    url: r.url,
    title: r.title,
    published: r.published,
    format: r.format,
    text: r.text,
    pipelineVersion: r.pipeline_version,
    ingestedAt: r.ingested_at,
    nearDuplicateOf: r.near_duplicate_of,
  };
}
