// The write path. Every call is one transaction, so a process killed at any point leaves either
// the whole document (row, index entry, engagements, sources, registry) or none of it, and a
// re-run stores it exactly once: identity is the content hash, checked inside the transaction.
import { sql, type Kysely } from 'kysely';
import type { Doc } from '../pipeline/doc.ts';
import type { DocumentRecord } from '../pipeline/record.ts';
import { bands, MIN_WORDS } from './fingerprint.ts';
import { closestCopy, nearDuplicateQueryOf } from './nearDuplicates.ts';
import { insertReturningId, runOnce } from './compiledOnce.ts';
import { contributeDocument, withdrawDocument } from './contribute.ts';
import { isoDay } from './dates.ts';
import { DOCUMENT_COLUMNS, documentRow, noNul } from './documentRow.ts';
import { ftsBody, indexDocument, unindexDocument } from './fts.ts';
import { prepareContribution, prepareSave, type PreparedSave } from './prepareSave.ts';
import { createCountBuffer, type CountBuffer } from './partyCounts.ts';
import { createRegistry } from './registry.ts';
import { createSqlEngagementRepo } from './sqlEngagementRepo.ts';
import { writeTransaction } from './connect.ts';
import { saveBatch } from './batch/saveBatch.ts';
import type { Backend, Database } from './schema.ts';
import type { BatchSaveResult, SaveInput, SaveResult } from './types.ts';

async function findNearDuplicate(db: Kysely<Database>, hash: string, previous: number | null): Promise<number | null> {
  const rows = await runOnce(
    db,
    'near-duplicate',
    (v) => nearDuplicateQueryOf(db, [v(0), v(1), v(2), v(3)]),
    bands(hash),
  );
  return closestCopy(hash, rows, previous);
}

export async function saveExtraction(db: Kysely<Database>, backend: Backend, input: SaveInput): Promise<SaveResult> {
  return savePrepared(db, backend, prepareSave(input));
}

/** One prepared document in a transaction of its own, by the statement-per-row path. */
export async function savePrepared(
  db: Kysely<Database>,
  backend: Backend,
  prepared: PreparedSave,
): Promise<SaveResult> {
  return writeTransaction(db, backend, async (trx) => {
    const counts = createCountBuffer();
    const result = await saveOne(trx, backend, prepared, counts);
    await counts.flush(trx);
    return result;
  });
}

/**
 * Several documents in one transaction: a commit costs more than a document's statements (every
 * index page a document touched is written to the log again), so a batch shares that cost. The
 * batch is first saved in bulk (batch/saveBatch.ts: a few statements per table instead of a few
 * dozen per document), in a transaction of its own. When that cannot be used, or fails, that
 * transaction is rolled back and the documents are saved one by one in another, each inside its
 * own savepoint: one that fails is rolled back alone and reported as an error, the others are
 * kept. (A savepoint around the bulk save would keep a copy of every page it changes in memory
 * until its end: +130 MB of RSS at batches of 500.) A crash before a commit loses that batch,
 * which a re-run stores again, each document exactly once.
 */
export async function saveExtractions(
  db: Kysely<Database>,
  backend: Backend,
  inputs: readonly PreparedSave[],
): Promise<BatchSaveResult[]> {
  if (!inputs.length) return [];
  try {
    const saved = await writeTransaction(db, backend, (trx) => saveBatch(trx, backend, inputs));
    if (saved) return saved;
  } catch {
    // The document-by-document path below redoes the work and reports what fails, per document.
  }
  // PostgreSQL gives each savepoint a subtransaction; past 64 in one transaction other sessions'
  // snapshots overflow to pg_subtrans, which slows the API's readers: the one-by-one path
  // commits every 50 documents there.
  const size = backend === 'postgres' ? 50 : inputs.length;
  const out: BatchSaveResult[] = [];
  for (let i = 0; i < inputs.length; i += size)
    out.push(...(await writeTransaction(db, backend, (trx) => saveOneByOne(trx, backend, inputs.slice(i, i + size)))));
  return out;
}

async function saveOneByOne(
  trx: Kysely<Database>,
  backend: Backend,
  inputs: readonly PreparedSave[],
): Promise<BatchSaveResult[]> {
  const out: BatchSaveResult[] = [];
  const counts = createCountBuffer();
  for (const input of inputs) {
    await sql`savepoint save_one`.execute(trx);
    const mine = createCountBuffer();
    try {
      out.push(await saveOne(trx, backend, input, mine));
      await sql`release savepoint save_one`.execute(trx);
      counts.absorb(mine);
    } catch (err) {
      await sql`rollback to savepoint save_one`.execute(trx);
      await sql`release savepoint save_one`.execute(trx);
      out.push({ error: err instanceof Error ? err.message : String(err) });
    }
  }
  await counts.flush(trx);
  return out;
}

async function saveOne(
  trx: Kysely<Database>,
  backend: Backend,
  input: PreparedSave,
  counts: CountBuffer,
): Promise<SaveResult> {
  const [existing] = await runOnce(
    trx,
    'document-by-hash',
    (v) => trx.selectFrom('documents').select('id').where('content_hash', '=', v<string>(0)),
    [input.contentHash],
  );
  if (existing) return { documentId: existing.id, status: 'unchanged', nearDuplicateOf: null, previousVersionId: null };
  const previous = input.url
    ? ((
        await trx
          .selectFrom('documents')
          .select('id')
          .where('url', '=', noNul(input.url))
          .where('latest', '=', 1)
          .orderBy('id', 'desc')
          .executeTakeFirst()
      )?.id ?? null)
    : null;
  const fingerprint = input.simhash;
  const nearDuplicateOf = input.wordCount >= MIN_WORDS ? await findNearDuplicate(trx, fingerprint, previous) : null;
  const now = new Date().toISOString();
  const published = input.published;
  const row = documentRow(input, { ingestedAt: now, nearDuplicateOf, previousVersionId: previous });
  const id = await insertReturningId(trx, 'documents', DOCUMENT_COLUMNS, row, (r) => {
    const q = trx.insertInto('documents').values(r);
    return { plain: q, returning: q.returning('id') };
  });
  const registry = createRegistry(trx);
  if (previous !== null) {
    // The new text replaces the old one's contributions; the old row stays for the record.
    await trx.updateTable('documents').set({ latest: 0 }).where('id', '=', previous).execute();
    await unindexDocument(trx, backend, previous);
    await withdrawDocument(trx, registry, counts, previous, now);
  }
  await indexDocument(trx, backend, id, input.searchBody);
  const info = { id, published, nearDuplicateOf, date: published ?? now.slice(0, 10) };
  await contributeDocument(createSqlEngagementRepo(trx), registry, counts, info, input.contribution, now);
  return {
    documentId: id,
    status: previous === null ? 'new' : 'new-version',
    nearDuplicateOf,
    previousVersionId: previous,
  };
}

export async function replaceExtraction(
  db: Kysely<Database>,
  backend: Backend,
  documentId: number,
  record: DocumentRecord,
  doc: Doc,
  pipelineVersion: string,
): Promise<void> {
  await writeTransaction(db, backend, async (trx) => {
    const row = await trx
      .selectFrom('documents')
      .select(['id', 'published', 'near_duplicate_of', 'ingested_at', 'text', 'title', 'latest'])
      .where('id', '=', documentId)
      .executeTakeFirst();
    if (!row) throw new Error(`replaceExtraction: no document ${documentId}`);
    const now = new Date().toISOString();
    const registry = createRegistry(trx);
    const counts = createCountBuffer();
    await withdrawDocument(trx, registry, counts, documentId, now);
    // The new evidence offsets refer to doc.text: should a pipeline change alter the text it
    // derives from the stored one, the stored text follows (the content hash, the document's
    // identity, stays).
    if (noNul(doc.text) !== row.text) {
      await trx
        .updateTable('documents')
        .set({ text: noNul(doc.text) })
        .where('id', '=', documentId)
        .execute();
      if (row.latest === 1) {
        await unindexDocument(trx, backend, documentId);
        await indexDocument(trx, backend, documentId, ftsBody(row.title, doc.text));
      }
    }
    const published = row.published ?? isoDay(record.published);
    await trx
      .updateTable('documents')
      .set({ pipeline_version: pipelineVersion, published })
      .where('id', '=', documentId)
      .execute();
    const info = {
      id: documentId,
      published,
      nearDuplicateOf: row.near_duplicate_of,
      date: published ?? row.ingested_at.slice(0, 10),
    };
    await contributeDocument(
      createSqlEngagementRepo(trx),
      registry,
      counts,
      info,
      prepareContribution(record, doc),
      now,
    );
    await counts.flush(trx);
  });
}
