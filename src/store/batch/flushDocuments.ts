// A batch's documents: their rows (with the search vector on PostgreSQL), and on SQLite their
// full-text rows, which go last (see indexBatch).
import { sql, type Kysely } from 'kysely';
import { DOCUMENT_COLUMNS, documentRow } from '../documentRow.ts';
import type { Backend, Database } from '../schema.ts';
import type { BatchState } from './batchState.ts';
import { insertInChunks, TEXT_INSERT_SIZES } from './chunks.ts';

export async function writeDocuments(db: Kysely<Database>, backend: Backend, state: BatchState): Promise<void> {
  const rows = state.documents.map((d) => ({
    id: d.id,
    ...documentRow(d.input, { ingestedAt: d.ingestedAt, nearDuplicateOf: d.nearDuplicateOf, previousVersionId: null }),
    search: d.input.searchBody,
  }));
  if (backend === 'postgres') {
    const columns = ['id', ...DOCUMENT_COLUMNS, 'search'] as const;
    await insertInChunks(
      db,
      'batch-documents-pg',
      columns,
      rows,
      (r) =>
        db.insertInto('documents').values(r.map((x) => ({ ...x, search: sql`to_tsvector('simple', ${x.search})` }))),
      TEXT_INSERT_SIZES,
    );
    return;
  }
  const columns = ['id', ...DOCUMENT_COLUMNS] as const;
  await insertInChunks(
    db,
    'batch-documents',
    columns,
    rows.map(({ search: _, ...row }) => row),
    (r) => db.insertInto('documents').values(r),
    TEXT_INSERT_SIZES,
  );
}

/**
 * SQLite's full-text rows, written last. FTS5 keeps new rows in memory and writes them out as an
 * index segment whenever a savepoint opens, which every later multi-row statement does: written
 * before the other tables, each of them paid for a segment, and many small segments cost merges
 * later. One row per statement opens no savepoint, so the whole batch becomes one segment at
 * the commit.
 */
export async function indexBatch(db: Kysely<Database>, backend: Backend, state: BatchState): Promise<void> {
  if (backend !== 'sqlite') return;
  await insertInChunks(
    db,
    'batch-fts',
    ['rowid', 'body'],
    state.documents.map((d) => ({ rowid: d.id, body: d.input.searchBody })),
    (r) => db.insertInto('documents_fts').values(r),
    [1],
  );
}
