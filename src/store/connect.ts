// Opens a kysely instance on the backend a URL names, and runs write transactions on it. Kept
// apart from openStore so that tests and tools can reach the raw connection; nothing here runs
// at import time.
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import { namedStatementPool } from './pgNamedPool.ts';
import type { Backend, Database } from './schema.ts';

export const DEFAULT_DB = './sidelines.db';

export type StoreTarget = { backend: 'sqlite'; path: string } | { backend: 'postgres'; connectionString: string };

/** `postgres://` or `postgresql://` → PostgreSQL; anything else is a SQLite path
 * (an optional `sqlite:` prefix is dropped; ':memory:' is an in-memory database). */
export function parseStoreUrl(url: string): StoreTarget {
  const trimmed = url.trim();
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return { backend: 'postgres', connectionString: trimmed };
  const path = trimmed.replace(/^sqlite:/i, '');
  return { backend: 'sqlite', path: path || DEFAULT_DB };
}

/** Kysely prepares every query afresh; with a few dozen statements per ingested article,
 * preparing costs more than running them. The queries are built from a fixed set of shapes, so
 * statements are cached by SQL text (bounded, in case some shape varies with list lengths).
 * Safe because the store never streams results: a statement is finished before it is reused. */
function cachingPrepare(sqlite: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = sqlite.prepare(sql);
        if (cache.size >= 500) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
      }
      return stmt;
    },
    close: () => sqlite.close(),
  };
}

/**
 * SQLite does run DDL inside transactions, but kysely's adapter says it does not, so its
 * Migrator would create tables outside one: a process killed while a fresh database is being
 * created would leave tables without the migration record, and every later open would fail with
 * "table already exists". Declaring transactional DDL makes all pending migrations and their
 * bookkeeping commit together or not at all.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}

export interface Connection {
  db: Kysely<Database>;
  backend: Backend;
}

export function connect(url: string): Connection {
  const target = parseStoreUrl(url);
  if (target.backend === 'sqlite') {
    const sqlite = new SqliteDatabase(target.path);
    // WAL lets readers (the API) run while an ingest writes; NORMAL is durable across process
    // crashes in WAL mode (only an OS crash can lose the last commits); the busy timeout makes a
    // second process wait for the write lock instead of failing at once.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 10000');
    // A checkpoint copies the log into the file and syncs it; at the default (every 1,000 pages,
    // i.e. after every ingest batch of a big database) that cost about a fifth of the write
    // time at 100,000 articles. Every 20,000 pages (80 MB of log) shares one copy of a page
    // among the batches that rewrote it.
    sqlite.pragma('wal_autocheckpoint = 20000');
    // Each document of a batch is saved inside a savepoint, which keeps the first image of every
    // page it changes in a sub-journal: a temporary file by default, written per document. In
    // memory it is bounded by one document's pages; measured, inserts ran 40% faster.
    sqlite.pragma('temp_store = MEMORY');
    // Lets the planner refresh its statistics where they are stale (SQLite's advice for
    // long-lived connections; the limit bounds the work on a big file): without them it cannot
    // tell a rare party from a common one.
    sqlite.pragma('analysis_limit = 1000');
    sqlite.pragma('optimize = 0x10002');
    return {
      db: new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database: cachingPrepare(sqlite) }) }),
      backend: 'sqlite',
    };
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: 8,
    // count(*) and other int8 values arrive as strings by default; every count here fits a double.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection emits 'error' on the pool; unhandled, it would kill the
  // process. The next query reports the failure through kysely instead.
  pool.on('error', () => {});
  // Statements are sent named (pgNamedPool.ts), and PostgreSQL may then serve a named query from
  // a generic plan. Reads keep a plan made for their own values (a party with thousands of
  // engagements and one with three want different plans); write transactions opt into generic
  // plans (writeTransaction below). Queued before anything the new connection runs.
  pool.on('connect', (client) => {
    client.query('set plan_cache_mode = force_custom_plan').catch(() => {});
  });
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: namedStatementPool(pool) }) }),
    backend: 'postgres',
  };
}

/** Arbitrary constant identifying the Sidelines write lock among advisory locks. */
const WRITE_LOCK = 0x5eed1e5;

/**
 * Runs fn in one write transaction. SQLite's default BEGIN is deferred: a transaction that reads
 * and then writes can fail with SQLITE_BUSY at the upgrade, without waiting for busy_timeout,
 * when another process wrote meanwhile; BEGIN IMMEDIATE takes the write lock up front and waits
 * properly. On PostgreSQL a transaction-level advisory lock serialises writers, so two articles
 * about one meeting ingested concurrently cannot both miss each other and make two engagements.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  backend: Backend,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (backend === 'postgres') {
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
      // The write path's statements are indexed point lookups and inserts, run thousands of
      // times: a cached generic plan serves them all (see pgNamedPool.ts), where PostgreSQL's
      // default keeps re-planning queries whose generic cost it estimates higher (the fuzzy
      // name lookup's OR of IN lists: 0.3-0.8 ms planning, 0.02 ms running).
      await sql`set local plan_cache_mode = force_generic_plan`.execute(trx);
      return fn(trx);
    });
  }
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (e) {
      // SQLite may already have rolled back (e.g. on SQLITE_FULL); the original error matters.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw e;
    }
  });
}
