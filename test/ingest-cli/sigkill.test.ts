// Reliability bar: `sidelines ingest DIR --db FILE` killed with SIGKILL at random points, at
// least 10 times. After every kill the database must open cleanly (openStore, SQLite integrity
// and foreign-key checks, no document stored twice); a final full run must then leave every
// document stored exactly once and the same engagements, sources and people as one clean run
// into a fresh database.
import SqliteDatabase from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { expect } from '../expect.ts';
import { makeArticle } from './articleCorpus.ts';
import { inspect, killAfterSaves, whenOpened } from './killWatch.ts';
import { runCli, summaryOf } from './runCli.ts';

const ARTICLES = 60;
const MIN_KILLS = 10;
const MAX_ATTEMPTS = 30;
const dir = mkdtempSync(join(tmpdir(), 'sidelines-sigkill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it(`survives SIGKILL at ${MIN_KILLS}+ random points and stores everything exactly once`, async (t) => {
  const corpus = join(dir, 'articles');
  mkdirSync(corpus);
  const texts = new Set<string>();
  for (let i = 0; i < ARTICLES; i++) {
    const a = makeArticle(i);
    writeFileSync(join(corpus, a.name), a.text);
    texts.add(a.text);
  }
  expect(texts.size).toBe(ARTICLES);

  // The reference: one clean run into a fresh database, watched from outside to time the saves:
  // `first` and `last` ms after the process opened the database, the first and the last
  // document appear (the test polls the row count through a read-only connection).
  const refDb = join(dir, 'reference.db');
  const saves: number[] = [];
  const ref = await runCli(['ingest', corpus, '--db', refDb, '--json'], {
    onSpawn: (child) =>
      whenOpened(child, refDb, () => {
        const t1 = performance.now();
        let reader: SqliteDatabase.Database | null = null;
        const poll = setInterval(() => {
          try {
            reader ??= new SqliteDatabase(refDb, { readonly: true, fileMustExist: true });
            const { n } = reader.prepare('select count(*) as n from documents').get() as { n: number };
            while (saves.length < n) saves.push(performance.now() - t1);
          } catch {
            // not migrated yet
          }
        }, 3);
        child.on('exit', () => {
          clearInterval(poll);
          reader?.close();
        });
      }),
  });
  expect(ref.code, ref.stderr).toBe(0);
  expect(existsSync('/proc/self/fd'), 'the kill timing watches /proc/PID/fd (Linux)').toBe(true);
  expect(saves.length).toBe(ARTICLES);
  const first = saves[0] ?? 0;
  const perDoc = ((saves.at(-1) ?? first) - first) / (ARTICLES - 1);
  const reference = await inspect(refDb);
  t.diagnostic(
    `clean run: ${Math.round(ref.ms)} ms; saves from ${Math.round(first)} to ${Math.round(saves.at(-1) ?? 0)} ms after the database was opened`,
  );

  // The first kills land at random times between opening the database and the first save
  // (migrations, loading, the walk); the others at a random point after a random number (1-4)
  // of further documents were committed, the test watching the row count from outside, plus a
  // random 0-1.5 documents' worth of time, so that most of them interrupt a save in progress.
  const db = join(dir, 'killed.db');
  const log: string[] = [];
  let kills = 0;
  let midIngest = 0;
  let stored = 0;
  const t0 = performance.now();
  for (let attempt = 0; attempt < MAX_ATTEMPTS && kills < MIN_KILLS + 2 && stored < ARTICLES - 1; attempt++) {
    const early = attempt < 2;
    const target = early ? 0 : Math.min(ARTICLES - 1, stored + 1 + Math.floor(Math.random() * 4));
    const extra = Math.round(Math.random() * (early ? first : perDoc * 1.5));
    const r = await runCli(['ingest', corpus, '--db', db, '--json'], {
      onSpawn: (child) => killAfterSaves(child, db, target, extra),
    });
    const killed = r.signal === 'SIGKILL';
    if (!killed) expect(r.code, r.stderr).toBe(0);
    const { stats, hashes } = await inspect(db);
    expect(stats.documents).toBe(hashes);
    if (killed) kills += 1;
    if (killed && hashes > stored && hashes < ARTICLES) midIngest += 1;
    const when = early ? `${extra} ms after opening` : `${target} documents + ${extra} ms`;
    log.push(
      `${when}: ${killed ? 'killed' : 'finished'} after ${Math.round(r.ms)} ms, ${stored} → ${hashes} documents`,
    );
    stored = hashes;
  }
  t.diagnostic(
    `${log.length} runs, ${kills} killed, ${midIngest} while saving (${Math.round(performance.now() - t0)} ms in all)`,
  );
  for (const line of log) t.diagnostic(line);
  expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
  expect(midIngest, 'kills that landed while documents were being saved').toBeGreaterThanOrEqual(MIN_KILLS - 2);

  const final = await runCli(['ingest', corpus, '--db', db, '--json']);
  expect(final.code, final.stderr).toBe(0);
  const s = summaryOf(final);
  expect(s.new + s.unchanged).toBe(ARTICLES);
  expect(s.failed).toBe(0);
  const end = await inspect(db);
  expect(end.hashes).toBe(texts.size);
  expect(end.stats.documents).toBe(texts.size);
  expect(end.stats.engagements).toBe(reference.stats.engagements);
  expect(end.stats.sources).toBe(reference.stats.sources);
  expect(end.stats.people).toBe(reference.stats.people);
  expect(end.stats.nearDuplicates).toBe(reference.stats.nearDuplicates);
});

it('opens cleanly after SIGKILL while a fresh database is being created (migrations)', async (t) => {
  // The first seconds of a database's life: the schema is being created. A kill there must not
  // leave a half-made schema that the next open refuses ("table ... already exists").
  const file = join(dir, 'one.txt');
  writeFileSync(file, makeArticle(900).text);
  const log: string[] = [];
  for (let i = 0; i < 12; i++) {
    const db = join(dir, `fresh-${i}.db`);
    const extra = Math.round(Math.random() * 40);
    const r = await runCli(['ingest', file, '--db', db, '--json'], {
      onSpawn: (child) => killAfterSaves(child, db, 0, extra),
    });
    log.push(`${extra} ms after opening: ${r.signal === 'SIGKILL' ? 'killed' : `exit ${r.code}`}`);
    const { hashes } = await inspect(db);
    expect(hashes).toBeLessThanOrEqual(1);
    const rerun = await runCli(['ingest', file, '--db', db, '--json']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect((await inspect(db)).hashes).toBe(1);
  }
  t.diagnostic(log.join('; '));
});
