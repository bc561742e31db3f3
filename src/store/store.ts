// The storage layer's one entry point. The CLI, the HTTP API and the benchmark code against the
// Store interface only; which backend sits behind it (SQLite file or PostgreSQL) is decided by
// the URL given to openStore. Nothing here touches a database at import time.
import { Migrator, sql, type Kysely } from 'kysely';
import type { Doc } from '../pipeline/doc.ts';
import type { DocumentRecord } from '../pipeline/record.ts';
import { connect, DEFAULT_DB } from './connect.ts';
import { migrationProvider } from './migrations/index.ts';
import { exportPeopleCsv, importPeopleCsv } from './peopleCsv.ts';
import { dossier } from './queries/dossier.ts';
import { engagements } from './queries/engagements.ts';
import { pairTimeline } from './queries/pairTimeline.ts';
import { person } from './queries/person.ts';
import { refreshStatistics } from './refreshStatistics.ts';
import { search } from './queries/search.ts';
import { stats } from './queries/stats.ts';
import { getDocument, staleDocuments } from './documents.ts';
import { replaceExtraction, saveExtraction, saveExtractions } from './saveExtraction.ts';
import type { PreparedSave } from './prepareSave.ts';
import type { Backend, Database } from './schema.ts';
import type * as T from './types.ts';

export type * from './types.ts';
export { DEFAULT_DB } from './connect.ts';
export { prepareSave, type PreparedSave } from './prepareSave.ts';

/**
 * A Sidelines database. All methods are async and safe to call concurrently on one Store; each
 * write method is a single transaction (a crash leaves all of it or none of it). Results are
 * plain JSON-able objects; dates are ISO 'YYYY-MM-DD' strings; party codes are as in
 * ../shared/eval/SCHEMA.md (ISO3 or organisation acronym). Filter values are never spliced into
 * SQL: injection strings, LIKE wildcards and FTS operators in them match literally or not at all.
 */
export interface Store {
  readonly backend: Backend;

  // ---- write path -------------------------------------------------------------------------
  /**
   * Stores one extracted document. Identity is the content hash of the (whitespace-normalised)
   * text: the same text again is a no-op returning status 'unchanged' and the stored id. The same
   * `url` with different text is stored as a new row ('new-version') that replaces the previous
   * version's engagements (the old row is kept, out of search). A syndicated near-duplicate of a
   * stored document is linked to it (nearDuplicateOf) and joins its engagements as a source
   * instead of adding them again. Each event joins a matching stored engagement reported by
   * another article (same parties and type group, same or adjacent day, no contradicting
   * people or occasion) or becomes a new one; participants are resolved in the people registry.
   * `input.text` must equal `input.doc.text`.
   */
  saveExtraction(input: T.SaveInput): Promise<T.SaveResult>;
  /**
   * saveExtraction for several documents, each made by prepareSave(input) (which a caller runs
   * as soon as a document is extracted, so that a waiting batch holds no Docs), in one transaction, in order (a later document sees the
   * earlier ones: the same text twice is stored once). Much faster per document for bulk ingest.
   * A document whose save fails is rolled back alone and comes back as `{ error }`; a crash before
   * the commit stores none of the batch.
   */
  saveExtractions(inputs: readonly PreparedSave[]): Promise<T.BatchSaveResult[]>;
  /**
   * Re-extraction of a stored document (after a pipeline change): removes everything the
   * document contributed, rebuilds the engagements it shared with other sources from their own
   * accounts, deletes engagements left without sources, then adds the new record's
   * contributions and stamps pipelineVersion. Throws if the document does not exist.
   */
  replaceExtraction(documentId: number, record: DocumentRecord, doc: Doc, pipelineVersion: string): Promise<void>;
  /** Up to `limit` (1..10000) current documents whose pipeline version differs, oldest first. */
  staleDocuments(pipelineVersion: string, limit: number): Promise<T.StoredDocument[]>;
  /** One stored document with its text, or null. */
  document(id: number): Promise<T.StoredDocument | null>;

  // ---- queries ----------------------------------------------------------------------------
  /** Engagements matching every given filter, newest first (undated ones by publication date);
   * page.limit is clamped to 1..200. Items carry parties, participants, topics, requests and
   * sources with their evidence spans. */
  engagements(filter: T.EngagementFilter, page?: T.Page): Promise<T.Paged<T.EngagementItem>>;
  /** A party's record: counterparts by engagement count, engagements and topics per year,
   * requests made and received, anniversaries (upcoming relative to `today`, default the
   * current date, first), partnership levels by document date, officeholders. */
  dossier(party: string, options?: { today?: string }): Promise<T.Dossier>;
  /** A person by registry id or any known name form; null when unknown. */
  person(idOrName: string | number): Promise<T.PersonProfile | null>;
  /** A page of the engagements both parties took part in, oldest first (page.order 'desc':
   * newest first; undated ones last either way, then by id); page.limit is clamped to 1..200.
   * `total` counts the whole pair. Bounded whatever the size of the pair: the total is a
   * maintained counter and the page is read in index order. The same party twice is no pair:
   * an empty page. Items as in engagements(). */
  pairTimeline(a: string, b: string, page?: T.PairPage): Promise<T.Paged<T.EngagementItem>>;
  /** Full-text search over current documents (every word must occur), best first, with a
   * snippet in which hits are wrapped in «». Bounded for broad queries: only the most recently
   * stored matches are ranked (2,000 on SQLite, 500 on PostgreSQL) and counted (up to 10,000;
   * on PostgreSQL, as far back as it had to look to find 500), `totalCapped` saying so. */
  search(q: string, page?: T.Page): Promise<T.SearchPage>;
  /** Counts for a status line; documents counts current versions only. */
  stats(): Promise<T.Stats>;

  // ---- people registry --------------------------------------------------------------------
  /** Adds people, aliases and offices from CSV (columns name, aliases ('|'-separated),
   * affiliation, office, from, to; header optional). One transaction; bad rows are skipped and
   * reported with their line number. */
  importPeopleCsv(csvText: string): Promise<T.ImportResult>;
  /** The registry as CSV in the import format, one row per office. */
  exportPeopleCsv(): Promise<string>;

  /** After a bulk write: refreshes the query planner's statistics (and on PostgreSQL merges
   * the full-text index's pending entries), so that queries run at full speed at once. Takes a
   * few seconds on a large database. */
  refreshStatistics(): Promise<void>;
  /** Closes the connection or pool. The Store must not be used afterwards. */
  close(): Promise<void>;
}

/** Opens (creating and migrating as needed) the database a URL names: `postgres://...` or
 * `postgresql://...` for PostgreSQL, otherwise a SQLite file path (default ./sidelines.db;
 * ':memory:' for a throwaway database). */
export async function openStore(config: { url?: string } = {}): Promise<Store> {
  const { db, backend } = connect(config.url ?? DEFAULT_DB);
  try {
    await migrate(db, backend);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return {
    backend,
    saveExtraction: (input) => saveExtraction(db, backend, input),
    saveExtractions: (inputs) => saveExtractions(db, backend, inputs),
    replaceExtraction: (id, record, doc, version) => replaceExtraction(db, backend, id, record, doc, version),
    staleDocuments: (version, limit) => staleDocuments(db, version, limit),
    document: (id) => getDocument(db, id),
    engagements: (filter, page) => engagements(db, backend, filter, page),
    dossier: (party, options) => dossier(db, party, options),
    person: (idOrName) => person(db, backend, idOrName),
    pairTimeline: (a, b, page) => pairTimeline(db, a, b, page),
    search: (q, page) => search(db, backend, q, page),
    stats: () => stats(db),
    importPeopleCsv: (csv) => importPeopleCsv(db, backend, csv),
    exportPeopleCsv: () => exportPeopleCsv(db),
    refreshStatistics: () => refreshStatistics(db, backend),
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<Database>, backend: Backend): Promise<void> {
  // On PostgreSQL the migration bookkeeping lives in the connection's own schema: otherwise
  // kysely finds another schema's tables (another app, or another test suite) and gets confused.
  const schema =
    backend === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: migrationProvider(backend),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
