// Watching and killing a spawned `sidelines ingest` from the outside, for the SIGKILL tests:
// when it opens the database (/proc/PID/fd, so Linux only), how many documents it has committed
// (a read-only connection), and the checks a database must pass after a kill.
import SqliteDatabase from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Stats } from '../../src/store/store.ts';
import { expect } from '../expect.ts';

/**
 * Calls `fn` with the ms since spawn once the child has `path` open (watched through
 * /proc/PID/fd, polled every 2 ms): from then on the time to each save is steady, while the
 * start-up before it (loading TypeScript and the pipeline) varies by hundreds of ms.
 */
export function whenOpened(child: ChildProcess, path: string, fn: (ms: number) => void): void {
  const t0 = performance.now();
  const fdDir = `/proc/${child.pid}/fd`;
  const poll = setInterval(() => {
    let open = false;
    try {
      open = readdirSync(fdDir).some((fd) => {
        try {
          return readlinkSync(join(fdDir, fd)) === path;
        } catch {
          return false;
        }
      });
    } catch {
      clearInterval(poll); // the process is gone
      return;
    }
    if (open) {
      clearInterval(poll);
      fn(performance.now() - t0);
    }
  }, 2);
  child.on('exit', () => clearInterval(poll));
}

/**
 * SIGKILLs the child `extraMs` after the database holds `target` documents (0: after it is
 * opened), watching the row count through a read-only connection polled every 2 ms.
 */
export function killAfterSaves(child: ChildProcess, db: string, target: number, extraMs: number): void {
  whenOpened(child, db, () => {
    let reader: SqliteDatabase.Database | null = null;
    const fire = (): void => void setTimeout(() => child.kill('SIGKILL'), extraMs);
    if (target === 0) return fire();
    const poll = setInterval(() => {
      let n = 0;
      try {
        reader ??= new SqliteDatabase(db, { readonly: true, fileMustExist: true });
        n = (reader.prepare('select count(*) as n from documents').get() as { n: number }).n;
      } catch {
        return; // not created or not migrated yet
      }
      if (n >= target) {
        clearInterval(poll);
        fire();
      }
    }, 2);
    child.on('exit', () => {
      clearInterval(poll);
      reader?.close();
    });
  });
}

/** Opens the database the way every command does, then checks it below the Store too. */
export async function inspect(db: string): Promise<{ stats: Stats; hashes: number }> {
  const store = await openStore({ url: db });
  const stats = await store.stats();
  await store.close();
  const sqlite = new SqliteDatabase(db, { readonly: true });
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const row = sqlite.prepare('select count(*) as n, count(distinct content_hash) as d from documents').get() as {
      n: number;
      d: number;
    };
    expect(row.n, 'a document stored twice').toBe(row.d);
    return { stats, hashes: row.d };
  } finally {
    sqlite.close();
  }
}
