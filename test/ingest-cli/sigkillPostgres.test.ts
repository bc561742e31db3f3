// Reliability bar on PostgreSQL: `sidelines ingest DIR --db postgres://...` killed with SIGKILL
// at random points, at least 10 times (the scenario is in killLoop.ts, shared with SQLite), when
// TEST_DATABASE_URL names a server; skipped otherwise. Every database here is a throwaway schema.
// Besides the shared checks, the server must drop a killed run's session promptly: one that
// lingered would hold its transaction and the write lock, and every later ingest would wait.
// The child is watched through the server's views: pg_stat_activity tells when it has
// connected, pg_locks when it holds the store's write lock (a transaction-level advisory lock).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { expect } from '../expect.ts';
import { createSchema, pgSkip, withParam, type PgSchema } from '../pgSchema.ts';
import { makeArticle } from './articleCorpus.ts';
import { MIN_KILLS, survivesKills } from './killLoop.ts';
import { inspect, killAt, type KillTarget } from './killWatch.ts';
import { runCli } from './runCli.ts';

/** WRITE_LOCK in src/store/connect.ts: pg_advisory_xact_lock(key) shows as objid = key in pg_locks. */
const WRITE_LOCK = 0x5eed1e5;
/** The sessions a target's runs left on the server (they are named `schema.N`). */
const SESSIONS = 'select count(*) as n from pg_stat_activity where starts_with(application_name, $1)';
const schemas: PgSchema[] = [];
let dir = '';

async function rows(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

/** A schema as a KillTarget. Each run gets its own application_name, so that the run's
 * connection can be told apart in pg_stat_activity (that is when it has opened the database). */
async function pgTarget(prefix: string): Promise<KillTarget> {
  const s = await createSchema(prefix);
  schemas.push(s);
  let runs = 0;
  const sessions = async () => Number((await rows(s.url, SESSIONS, [`${s.schema}.`]))[0]?.n);
  return {
    url: s.url,
    db: () => withParam(s.url, 'application_name', `${s.schema}.${++runs}`),
    watch(_child, db) {
      const name = new URL(db).searchParams.get('application_name');
      const client = new pg.Client({ connectionString: s.url });
      const ready = client.connect();
      ready.catch(() => undefined); // reported by the first query
      const count = async (sql: string, params: unknown[] = []) => {
        await ready;
        return Number((await client.query(sql, params)).rows[0]?.n);
      };
      return {
        opened: async () =>
          (await count('select count(*) as n from pg_stat_activity where application_name = $1', [name])) > 0,
        documents: () => count('select count(*) as n from documents').catch(() => null), // null: no table yet
        writing: async () =>
          (await count(
            `select count(*) as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
             where a.application_name = $1 and l.locktype = 'advisory' and l.objid = $2 and l.granted`,
            [name, WRITE_LOCK],
          )) > 0,
        close: () => client.end().catch(() => undefined),
      };
    },
    query: (sql) => rows(s.url, sql),
    async check() {
      const t0 = performance.now();
      while ((await sessions()) > 0 && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
      expect(await sessions(), 'sessions of killed runs still open after 5 s').toBe(0);
    },
  };
}

describe('sidelines ingest on PostgreSQL under SIGKILL', { skip: pgSkip }, () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sidelines-sigkill-pg-'));
  });
  after(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    for (const s of schemas) await s.drop();
  });

  it(`survives SIGKILL at ${MIN_KILLS}+ random points and stores everything exactly once`, async (t) => {
    await survivesKills(t, dir, () => pgTarget('sigkill'));
  });

  it('opens cleanly after SIGKILL while a fresh schema is being created (migrations)', async (t) => {
    // A kill while the tables are being created must not leave a half-made schema that the next
    // open refuses. Fewer rounds than on SQLite: each round of the test above starts the same way.
    const file = join(dir, 'one.txt');
    writeFileSync(file, makeArticle(900).text);
    const log: string[] = [];
    for (let i = 0; i < 6; i++) {
      const target = await pgTarget(`sigkill_fresh${i}`);
      const extra = Math.round(Math.random() * 40);
      const db = target.db();
      const r = await runCli(['ingest', file, '--db', db, '--json'], {
        onSpawn: (child) => killAt(child, target, db, { window: -1, extraMs: extra }, () => undefined),
      });
      log.push(`${extra} ms after connecting: ${r.signal === 'SIGKILL' ? 'killed' : `exit ${r.code}`}`);
      expect((await inspect(target)).hashes).toBeLessThanOrEqual(1);
      const rerun = await runCli(['ingest', file, '--db', target.db(), '--json']);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect((await inspect(target)).hashes).toBe(1);
    }
    t.diagnostic(log.join('; '));
  });
});
