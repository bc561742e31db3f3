// Store benchmark (not a test): ingests a generated corpus end to end into a fresh SQLite file and,
// when a PostgreSQL URL is given, into PostgreSQL, as `sidelines ingest FILE...` does (ingestInputs:
// read → pipeline, on extraction worker threads with --workers N|auto → store on the main thread);
// then times the dossier, pair-timeline and search queries. Prints figures; always exits 0.
// Usage: node --import tsx bench/store.bench.ts [--articles N] [--seed S] [--pg postgres://...] [--batch N]
//        [--workers N|auto] [--queries Q] [--json] [--only sqlite|postgresql] [--db PATH]  (default 100000 articles;
//        BENCH_DATABASE_URL also enables PG; --db keeps the SQLite database at PATH, which must
//        not exist yet, for later --queries-only runs)
//        node --import tsx bench/store.bench.ts --queries-only --db PATH|postgres://...  (time the
//        queries on an existing database, no ingest)
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance as perfHooks } from 'node:perf_hooks';
import { PassThrough, Writable } from 'node:stream';
import { ingestInputs } from '../src/cli/commands/ingest.ts';
import type { Io } from '../src/cli/config.ts';
import { limitHeapGrowth } from '../src/cli/heapGrowth.ts';
import { parseIngestConfig } from '../src/cli/ingestConfig.ts';
import { createPipeline } from '../src/ingest/articlePipeline.ts';
import { PIPELINE_VERSION } from '../src/pipeline/index.ts';
import { sql } from 'kysely';
import { connect } from '../src/store/connect.ts';
import { openStore, type PreparedSave, type Store } from '../src/store/store.ts';
import { ensureCorpus } from './generateCorpus.ts';
import { createRng } from './rng.ts';

// Tuned as `sidelines` tunes itself (bin/sidelines.js), so the RSS measured is the CLI's.
limitHeapGrowth();
const args = process.argv.slice(2);
const opt = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const int = (flag: string, fallback: number): number => {
  const v = opt(flag);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} expects a positive integer, got ${v}`);
  return n;
};
const articles = int('--articles', 100_000);
const seed = int('--seed', 1);
const queryRuns = int('--queries', 200);
// Documents per transaction and extraction workers: by default as `sidelines ingest` does
// (parsed by its own config, so the same values are accepted).
const batchOption = opt('--batch') === undefined ? null : int('--batch', 1);
const workers = opt('--workers');
const pgUrl = opt('--pg') ?? process.env.BENCH_DATABASE_URL;
const asJson = args.includes('--json');
const only = opt('--only');
if (only !== undefined && only !== 'sqlite' && only !== 'postgresql')
  throw new Error(`--only expects sqlite or postgresql, got ${only}`);
const log = (s: string): void => void (asJson ? process.stderr.write(`${s}\n`) : console.log(s));
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

const corpus = ensureCorpus(seed, articles);
const paths = corpus.files.map((f) => join(corpus.dir, f));
log(`corpus: ${paths.length} articles, ${mb(corpus.bytes)} MB (${corpus.dir})`);

interface Figures {
  backend: string;
  articles: number;
  /** Extraction worker threads (0: all on the main thread). */
  workers: number;
  seconds: number;
  articlesPerSecond: number;
  cpuSeconds: number;
  /** Share of the wall-clock time the main thread was busy (not waiting for workers or I/O). */
  mainBusy: number;
  /** Mean milliseconds per article on the main thread in the store's batch saves, and the rest of
   * the wall-clock time (reading, extraction when on the main thread, waiting for workers). */
  otherMsPerArticle: number;
  storeMsPerArticle: number;
  failed: number;
  /** Documents per transaction. */
  batch: number;
  peakRssMb: number;
  rssSeriesMb: number[];
  databaseMb: number | null;
  queries: Record<string, { p50: number; p95: number; runs: number }>;
}

/** The store with its batch saves timed (they run on the main thread) and RSS sampled after each. */
function timedStore(store: Store, onSave: (documents: number, ms: number) => void): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'saveExtractions') {
        return async (inputs: PreparedSave[]) => {
          const t0 = performance.now();
          try {
            return await target.saveExtractions(inputs);
          } finally {
            onSave(inputs.length, performance.now() - t0);
          }
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Ingests the corpus as `sidelines ingest FILE... --db URL` does (ingestInputs, same config). */
async function ingestAll(store: Store, backend: string, url: string, dbFile: string | null): Promise<Figures> {
  const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
  // Not a terminal: no progress bar. Warnings (workers that cannot start) still show.
  const stderr = new Writable({ write: (chunk, _enc, done) => process.stderr.write(chunk, done) });
  const io: Io = { stdout: quiet, stderr, stdin: new PassThrough(), env: {}, cwd: process.cwd() };
  const config = parseIngestConfig(
    'ingest',
    paths,
    { db: url, ...(batchOption ? { batch: String(batchOption) } : {}), ...(workers ? { workers } : {}) },
    io,
  );
  const series: number[] = [];
  let peak = 0;
  let saved = 0;
  let storeMs = 0;
  const t0 = performance.now();
  const sample = (): void => void (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 250);
  const timed = timedStore(store, (documents, ms) => {
    storeMs += ms;
    sample();
    const before = saved;
    saved += documents;
    if (Math.floor(saved / 10_000) > Math.floor(before / 10_000)) {
      // The V8 heap apart, to tell the JavaScript side's growth from native memory (SQLite's).
      const { rss, heapUsed, heapTotal } = process.memoryUsage();
      series.push(mb(rss));
      log(
        `  ${backend}: ${saved} articles, ${(saved / ((performance.now() - t0) / 1000)).toFixed(0)}/s, rss ${mb(rss)} MB (V8 heap ${mb(heapUsed)} used of ${mb(heapTotal)} MB)`,
      );
    }
  });
  const cpu0 = process.cpuUsage();
  const elu0 = perfHooks.eventLoopUtilization();
  let summary;
  try {
    summary = await ingestInputs(timed, createPipeline({ maxBytes: config.maxBytes }), config, io);
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time of this process (user + system, every thread, workers included): with the wall-clock
  // time it shows whether other work on the machine slowed the run.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const size = dbFile ? [dbFile, `${dbFile}-wal`].filter(existsSync).reduce((s, f) => s + statSync(f).size, 0) : null;
  const n = paths.length;
  return {
    backend,
    articles: n,
    workers: config.workers,
    seconds: Math.round(seconds),
    articlesPerSecond: Math.round(n / seconds),
    cpuSeconds: Math.round(cpuSeconds),
    mainBusy: Math.round(perfHooks.eventLoopUtilization(elu0).utilization * 100) / 100,
    otherMsPerArticle: Math.round(((seconds * 1000 - storeMs) / n) * 100) / 100,
    storeMsPerArticle: Math.round((storeMs / n) * 100) / 100,
    failed: summary.failed,
    batch: config.batch,
    peakRssMb: mb(Math.max(peak, process.memoryUsage().rss)),
    rssSeriesMb: series,
    databaseMb: size === null ? null : mb(size),
    queries: {},
  };
}

async function timeQueries(store: Store, f: Figures): Promise<void> {
  const stats = await store.stats();
  const rng = createRng(seed + 7);
  // parties and pairs that occur in the data: take them from a page of engagements
  const sample = await store.engagements({}, { limit: 200 });
  const parties = [...new Set(sample.items.flatMap((e) => e.parties))];
  const pairs = sample.items.filter((e) => e.parties.length === 2).map((e) => [e.parties[0]!, e.parties[1]!] as const);
  const words = [
    'minister',
    'trade',
    'partnership',
    'cooperation',
    'investment',
    'summit',
    'climate',
    'security',
    'energy',
    'talks',
  ];
  const time = async (name: string, run: () => Promise<unknown>) => {
    const ms: number[] = [];
    for (let i = 0; i < queryRuns; i++) {
      const t = performance.now();
      await run();
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]! * 10) / 10;
    f.queries[name] = { p50: at(0.5), p95: at(0.95), runs: ms.length };
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
  if (parties.length) await time('dossier', () => store.dossier(pick(parties)));
  if (pairs.length)
    await time('pairTimeline', () => {
      const [a, b] = pick(pairs);
      return store.pairTimeline(a, b);
    });
  // The pair with the most engagements among the sampled parties' counterparts: the case whose
  // cost grew with the pair when the timeline returned all of it.
  const heavy = await heaviestPair(store, parties);
  if (heavy) {
    log(`  ${f.backend}: heaviest pair ${heavy.a}-${heavy.b}, ${heavy.n} engagements`);
    await time('pairTimeline(heavy)', () => store.pairTimeline(heavy.a, heavy.b));
  }
  await time('search', () => store.search(pick(words), { limit: 20 }));
  await time('engagements(party)', () => store.engagements({ party: pick(parties) }, { limit: 50 }));
  log(`  ${f.backend}: ${stats.documents} documents, ${stats.engagements} engagements, ${stats.people} people`);
}

async function heaviestPair(store: Store, parties: string[]): Promise<{ a: string; b: string; n: number } | null> {
  let best: { a: string; b: string; n: number } | null = null;
  for (const a of parties) {
    const [top] = (await store.dossier(a)).counterparts;
    if (top && (!best || top.engagements > best.n)) best = { a, b: top.party, n: top.engagements };
  }
  return best;
}

function report(f: Figures): void {
  const ok = (v: boolean) => (v ? 'PASS' : 'FAIL');
  log(
    `\n${f.backend}: ${f.articles} articles ingested in ${f.seconds} s = ${f.articlesPerSecond} articles/s end to end  (target >= 300/s: ${ok(f.articlesPerSecond >= 300)}), ${f.failed} failed`,
  );
  log(
    `  ${f.workers} extraction worker(s); per article on the main thread: store ${f.storeMsPerArticle} ms (batches of ${f.batch}), the rest ${f.otherMsPerArticle} ms; main thread busy ${Math.round(f.mainBusy * 100)}%; process CPU ${f.cpuSeconds} s`,
  );
  log(
    `  database ${f.databaseMb ?? '(unknown)'} MB; peak RSS ${f.peakRssMb} MB (target <= 400 MB: ${ok(f.peakRssMb <= 400)}); RSS every 10k articles: ${f.rssSeriesMb.join(', ')}`,
  );
  for (const [name, q] of Object.entries(f.queries))
    log(`  ${name.padEnd(20)} p50 ${q.p50} ms  p95 ${q.p95} ms  (target p95 <= 50 ms: ${ok(q.p95 <= 50)})`);
}

const results: Figures[] = [];
const existing = opt('--db');
if (args.includes('--queries-only')) {
  if (!existing) throw new Error('expected --db PATH|URL with --queries-only, got none');
  const store = await openStore({ url: existing });
  const f: Figures = {
    backend: store.backend,
    articles: (await store.stats()).documents,
    seconds: 0,
    articlesPerSecond: 0,
    workers: 0,
    cpuSeconds: 0,
    mainBusy: 0,
    otherMsPerArticle: 0,
    storeMsPerArticle: 0,
    failed: 0,
    batch: 0,
    peakRssMb: 0,
    rssSeriesMb: [],
    databaseMb: null,
    queries: {},
  };
  await timeQueries(store, f);
  await store.close();
  for (const [name, q] of Object.entries(f.queries)) log(`  ${name.padEnd(20)} p50 ${q.p50} ms  p95 ${q.p95} ms`);
  if (asJson) console.log(JSON.stringify(f, null, 2));
  process.exit(0);
}
/** The size of a PostgreSQL database, as the server counts it (tables, indexes, TOAST). */
async function serverDatabaseBytes(url: string): Promise<number> {
  const { db } = connect(url);
  try {
    const { rows } = await sql<{ n: number }>`select pg_database_size(current_database()) as n`.execute(db);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await db.destroy();
  }
}

/** Ingests into a fresh store at `url`, times the queries, reports. */
async function runBackend(backend: string, url: string, file: string | null): Promise<void> {
  const store = await openStore({ url });
  const f = await ingestAll(store, backend, url, file);
  if (file === null) f.databaseMb = mb(await serverDatabaseBytes(url));
  await timeQueries(store, f);
  await store.close();
  results.push(f);
  report(f);
}

const dir = mkdtempSync(join(tmpdir(), 'sidelines-store-bench-'));
try {
  if (existing && existsSync(existing))
    throw new Error(`expected --db to name a new file, got ${existing}, which exists`);
  const file = existing ?? join(dir, 'bench.db');
  if (only !== 'postgresql') await runBackend('sqlite', file, file);
  if (only === 'sqlite') log('\npostgresql: skipped (--only sqlite)');
  else if (pgUrl) await runBackend('postgresql', pgUrl, null);
  else log('\npostgresql: skipped (pass --pg postgres://... or set BENCH_DATABASE_URL; use an empty database)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (asJson) console.log(JSON.stringify({ pipelineVersion: PIPELINE_VERSION, results }, null, 2));
