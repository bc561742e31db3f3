// The SIGKILL reliability scenario, shared by the SQLite and PostgreSQL tests: `sidelines ingest
// DIR --db ...` killed at random points, at least 10 times, most of them inside a save
// transaction. After every kill the database must open cleanly (openStore, plus the checks of
// killWatch.ts: no document stored twice, no engagement without its source); a full run must
// then leave every document stored exactly once, with the same engagements, sources (per
// document) and people as one clean run into a fresh database.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { expect } from '../expect.ts';
import { makeArticle } from './articleCorpus.ts';
import { inspect, killAt, recordRun, type Inspection, type KillTarget, type Timeline } from './killWatch.ts';
import { runCli, summaryOf } from './runCli.ts';

export const MIN_KILLS = 10;
const ARTICLES = 60;
const MAX_ATTEMPTS = 40;

/** Runs the scenario over a corpus written under `dir`; `fresh` makes an empty database. */
export async function survivesKills(t: TestContext, dir: string, fresh: () => Promise<KillTarget>): Promise<void> {
  const corpus = join(dir, 'articles');
  mkdirSync(corpus);
  for (let i = 0; i < ARTICLES; i++) {
    const a = makeArticle(i);
    writeFileSync(join(corpus, a.name), a.text);
  }
  // Batches of 10: a kill between two commits leaves part of the corpus stored for the re-run.
  const ingest = (db: string) => ['ingest', corpus, '--db', db, '--json', '--batch', '10'];

  // The reference: one clean run into a fresh database, timed from outside: when documents
  // appear and when its save transactions (one per document or per batch) hold the write lock.
  const reference = await fresh();
  const refDb = reference.db();
  const tl: Timeline = { saves: [], windows: [] };
  const ref = await runCli(ingest(refDb), { onSpawn: (child) => recordRun(child, reference, refDb, tl) });
  expect(ref.code, ref.stderr).toBe(0);
  const want = await inspect(reference);
  expect(want.hashes).toBe(ARTICLES);
  expect(tl.saves.length).toBe(ARTICLES);
  expect(tl.windows.length, 'save transactions seen from outside').toBeGreaterThan(0);
  const first = tl.saves[0] ?? 0;
  t.diagnostic(
    `clean run: ${Math.round(ref.ms)} ms; saves from ${Math.round(first)} to ${Math.round(tl.saves.at(-1) ?? 0)} ms ` +
      `after opening, in ${tl.windows.length} transactions: ${tl.windows.map((w) => `${Math.round(w.start)}+${Math.round(w.end - w.start)}`).join(' ')} ms`,
  );

  /** A full run must store what is missing, each document once, as the clean run did. */
  const complete = async (target: KillTarget): Promise<void> => {
    const final = await runCli(ingest(target.db()));
    expect(final.code, final.stderr).toBe(0);
    const s = summaryOf(final);
    expect(s.new + s.unchanged).toBe(ARTICLES);
    expect(s.failed).toBe(0);
    const end: Inspection = await inspect(target);
    expect(end.hashes).toBe(ARTICLES);
    expect(end.stats).toMatchObject({
      documents: ARTICLES,
      engagements: want.stats.engagements,
      sources: want.stats.sources,
      people: want.stats.people,
      nearDuplicates: want.stats.nearDuplicates,
    });
    expect(end.sources).toEqual(want.sources);
  };

  // Rounds, each on a fresh database: its first kill lands at a random time between opening and
  // the first save (migrations, loading, extraction); the others a random time into a random
  // save transaction (up to 1.1 times its length in the clean run), so most interrupt a commit
  // in progress. A round ends when a run finishes or everything is stored (with batched saves
  // that takes few runs), and is then completed and compared with the clean run.
  const log: string[] = [];
  let kills = 0;
  let inTransaction = 0;
  let rounds = 0;
  let target: KillTarget | null = null;
  let stored = 0;
  const t0 = performance.now();
  for (let attempt = 0; attempt < MAX_ATTEMPTS && (kills < MIN_KILLS || inTransaction < MIN_KILLS - 2); attempt++) {
    const early = !target;
    if (!target) {
      target = await fresh();
      rounds += 1;
      stored = 0;
    }
    const window = early ? -1 : Math.floor(Math.random() * tl.windows.length);
    const w = tl.windows[window];
    const extraMs = Math.round(Math.random() * (w ? (w.end - w.start) * 1.1 + 2 : first));
    let inTx = false;
    const db = target.db();
    const killed = target;
    const r = await runCli(ingest(db), {
      onSpawn: (child) => killAt(child, killed, db, { window, extraMs }, (x) => (inTx = x)),
    });
    const wasKilled = r.signal === 'SIGKILL';
    if (!wasKilled) expect(r.code, r.stderr).toBe(0);
    const { stats, hashes } = await inspect(target);
    expect(stats.documents).toBe(hashes);
    kills += wasKilled ? 1 : 0;
    inTransaction += wasKilled && inTx ? 1 : 0;
    const when = early ? `${extraMs} ms after opening` : `transaction ${window} + ${extraMs} ms`;
    const what = wasKilled ? `killed${inTx ? ' in a transaction' : ''}` : 'finished';
    log.push(`round ${rounds}, ${when}: ${what} after ${Math.round(r.ms)} ms, ${stored} → ${hashes} documents`);
    stored = hashes;
    if (!wasKilled || hashes === ARTICLES) {
      await complete(target);
      target = null;
    }
  }
  if (target) await complete(target);
  t.diagnostic(
    `${log.length} runs in ${rounds} rounds, ${kills} killed, ${inTransaction} of them in a save transaction (${Math.round(performance.now() - t0)} ms in all)`,
  );
  for (const line of log) t.diagnostic(line);
  expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
  expect(inTransaction, 'kills that landed inside a save transaction').toBeGreaterThanOrEqual(MIN_KILLS - 2);
}
