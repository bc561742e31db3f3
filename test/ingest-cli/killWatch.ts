// Watching and killing a spawned `sidelines ingest` from the outside, for the SIGKILL tests:
// when it opens the database, how many documents it has committed and whether it is inside a
// write transaction (seen through another connection and the OS), and the checks a database
// must pass after a kill. A KillTarget supplies the backend's side of it (SQLite in
// sigkill.test.ts, PostgreSQL in sigkillPostgres.test.ts).
import type { ChildProcess } from 'node:child_process';
import { openStore, type Stats } from '../../src/store/store.ts';
import { expect } from '../expect.ts';

/** One child's view of the database from outside. */
export interface Watch {
  /** Whether the child has opened the database: from then on its timing is steady, while the
   * start-up before it (loading TypeScript and the pipeline) varies by hundreds of ms. */
  opened(): Promise<boolean>;
  /** Documents committed, as another connection sees them; null before the schema exists. */
  documents(): Promise<number | null>;
  /** Whether the child holds the store's write lock, i.e. is inside a save transaction. */
  writing(): Promise<boolean>;
  close(): Promise<void>;
}

export interface KillTarget {
  /** What openStore and the checks open. */
  url: string;
  /** The --db argument of one run (PostgreSQL varies it to tell the run's connection apart). */
  db(): string;
  watch(child: ChildProcess, db: string): Watch;
  /** Rows of a read-only query on a fresh connection. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Backend-specific checks below the Store (SQLite's integrity and foreign-key checks). */
  check(): Promise<void>;
}

export interface Inspection {
  stats: Stats;
  hashes: number;
  /** engagement_sources rows per document (by content hash): more if engagements were doubled. */
  sources: Record<string, number>;
}

/** A clean run as seen from outside, in ms after it opened the database. */
export interface Timeline {
  /** When each document became visible. */
  saves: number[];
  /** Save transactions: while the write lock was held with the documents table in place
   * (which leaves out the migrations of a fresh database). */
  windows: { start: number; end: number }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

/** Once the child has opened the database, polls `tick` every 2 ms (ms since opening) until it
 * returns true or the child exits; the watch is closed when the child exits. */
function pollOpened(child: ChildProcess, t: KillTarget, db: string, tick: (w: Watch, ms: number) => Promise<boolean>) {
  const w = t.watch(child, db);
  child.on('exit', () => void w.close());
  void (async () => {
    while (alive(child) && !(await w.opened().catch(() => false))) await sleep(2);
    const t0 = performance.now();
    while (alive(child) && !(await tick(w, performance.now() - t0).catch(() => false))) await sleep(2);
  })();
}

/** Whether the child is in a save transaction: holding the write lock, documents table visible. */
async function saving(w: Watch): Promise<boolean> {
  return (await w.documents().catch(() => null)) !== null && (await w.writing());
}

/** Records a run's timeline into `tl`. */
export function recordRun(child: ChildProcess, t: KillTarget, db: string, tl: Timeline): void {
  let open: { start: number; end: number } | null = null;
  pollOpened(child, t, db, async (w, ms) => {
    const n = await w.documents().catch(() => null);
    while (n !== null && tl.saves.length < n) tl.saves.push(ms);
    const now = n !== null && (await w.writing());
    if (now && !open) tl.windows.push((open = { start: ms, end: ms }));
    if (now && open) open.end = ms;
    if (!now) open = null;
    return false;
  });
}

/**
 * SIGKILLs the child `extraMs` after it opened the database (window -1) or after it entered its
 * save transaction number `window` (from 0). `onKill` learns whether the lock was still held
 * just before the kill.
 */
export function killAt(
  child: ChildProcess,
  t: KillTarget,
  db: string,
  at: { window: number; extraMs: number },
  onKill: (inTransaction: boolean) => void,
): void {
  let seen = -1;
  let was = false;
  pollOpened(child, t, db, async (w) => {
    const now = at.window >= 0 && (await saving(w));
    if (now && !was) seen += 1;
    was = now;
    if (seen < at.window) return false;
    setTimeout(async () => {
      const inTransaction = await w.writing().catch(() => false);
      if (child.kill('SIGKILL')) onKill(inTransaction);
    }, at.extraMs);
    return true;
  });
}

/** Opens the database the way every command does, then checks it below the Store too. */
export async function inspect(t: KillTarget): Promise<Inspection> {
  // First: on PostgreSQL a killed run's commit may still be finishing on the server (the check
  // waits for its session to end); read before it, the counts could miss that batch.
  await t.check();
  const store = await openStore({ url: t.url });
  const stats = await store.stats().finally(() => store.close());
  const [docs] = await t.query('select count(*) as n, count(distinct content_hash) as d from documents');
  expect(Number(docs?.n), 'a document stored twice').toBe(Number(docs?.d));
  // An engagement is saved with its source row in one transaction; alone, it is half a save.
  const [bare] = await t.query(
    'select count(*) as n from engagements e where not exists (select 1 from engagement_sources s where s.engagement_id = e.id)',
  );
  expect(Number(bare?.n), 'engagements without a source').toBe(0);
  const rows = await t.query(
    'select d.content_hash as h, count(s.id) as n from documents d left join engagement_sources s on s.document_id = d.id group by d.content_hash',
  );
  const sources = Object.fromEntries(rows.map((r) => [String(r.h), Number(r.n)]));
  return { stats, hashes: Number(docs?.d), sources };
}
