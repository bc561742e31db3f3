// Reliability bar on SQLite: `sidelines ingest DIR --db FILE` killed with SIGKILL at random
// points, at least 10 times (the scenario is in killLoop.ts, shared with PostgreSQL). Besides
// the shared checks, every kill must leave a file that passes SQLite's integrity and
// foreign-key checks. The child is watched through /proc (Linux only): its open files tell
// when it has opened the database, /proc/locks when it holds the write lock.
import SqliteDatabase from 'better-sqlite3';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { expect } from '../expect.ts';
import { makeArticle } from './articleCorpus.ts';
import { MIN_KILLS, survivesKills } from './killLoop.ts';
import { inspect, killAt, type KillTarget } from './killWatch.ts';
import { runCli } from './runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'sidelines-sigkill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A SQLite file as a KillTarget. */
function sqliteTarget(path: string): KillTarget {
  return {
    url: path,
    db: () => path,
    watch(child) {
      const fdDir = `/proc/${child.pid}/fd`;
      let reader: SqliteDatabase.Database | null = null;
      return {
        opened: async () =>
          readdirSync(fdDir).some((fd) => {
            try {
              return readlinkSync(join(fdDir, fd)) === path;
            } catch {
              return false; // closed meanwhile
            }
          }),
        async documents() {
          try {
            reader ??= new SqliteDatabase(path, { readonly: true, fileMustExist: true });
            return (reader.prepare('select count(*) as n from documents').get() as { n: number }).n;
          } catch {
            return null; // not created or not migrated yet
          }
        },
        async writing() {
          // In WAL mode a writer holds a POSIX write lock on byte 120 of the -shm file from
          // BEGIN IMMEDIATE to COMMIT (WAL_WRITE_LOCK; /proc/locks gives inodes in decimal).
          const shm = statSync(`${path}-shm`, { throwIfNoEntry: false });
          if (!shm) return false;
          const lock = new RegExp(`POSIX\\s+ADVISORY\\s+WRITE\\s+${child.pid}\\s+\\S+:${shm.ino}\\s+120\\s+120\\b`);
          return lock.test(readFileSync('/proc/locks', 'utf8'));
        },
        async close() {
          reader?.close();
        },
      };
    },
    async query(sql) {
      const db = new SqliteDatabase(path, { readonly: true });
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async check() {
      // Opened as the next run would open it (read-write): a kill in the first moments of a new
      // file can leave a hot journal that only a writer may roll back (a read-only open then
      // fails with SQLITE_READONLY_ROLLBACK).
      const db = new SqliteDatabase(path);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
    },
  };
}

it(`survives SIGKILL at ${MIN_KILLS}+ random points and stores everything exactly once`, async (t) => {
  expect(existsSync('/proc/locks'), 'the kill timing watches /proc (Linux)').toBe(true);
  let n = 0;
  await survivesKills(t, dir, async () => sqliteTarget(join(dir, `run-${n++}.db`)));
});

it('opens cleanly after SIGKILL while a fresh database is being created (migrations)', async (t) => {
  // The first seconds of a database's life: the schema is being created. A kill there must not
  // leave a half-made schema that the next open refuses ("table ... already exists").
  const file = join(dir, 'one.txt');
  writeFileSync(file, makeArticle(900).text);
  const log: string[] = [];
  for (let i = 0; i < 12; i++) {
    const db = sqliteTarget(join(dir, `fresh-${i}.db`));
    const extra = Math.round(Math.random() * 40);
    const r = await runCli(['ingest', file, '--db', db.url, '--json'], {
      onSpawn: (child) => killAt(child, db, db.url, { window: -1, extraMs: extra }, () => undefined),
    });
    log.push(`${extra} ms after opening: ${r.signal === 'SIGKILL' ? 'killed' : `exit ${r.code}`}`);
    const { hashes } = await inspect(db);
    expect(hashes).toBeLessThanOrEqual(1);
    const rerun = await runCli(['ingest', file, '--db', db.url, '--json']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect((await inspect(db)).hashes).toBe(1);
  }
  t.diagnostic(log.join('; '));
});
