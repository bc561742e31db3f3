// Throughput benchmark (not a test): the whole pipeline against a read+segment+tokenize floor, on one
// core, over a generated corpus. Prints a report (or JSON with --json) and always exits 0.
// Usage: node --import tsx bench/pipeline.bench.ts [--articles N] [--seed S] [--warmup W] [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { DEFAULT_LIMITS, createStages, extractBytes, type Context } from '../src/pipeline/index.ts';
import { splitSentences } from '../src/pipeline/segment/splitSentences.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { ensureCorpus } from './generateCorpus.ts';

const TARGET_ARTICLES_PER_S = 500;
const TARGET_MAX_RATIO = 5;

function intArg(args: string[], flag: string, fallback: number): number {
  const i = args.indexOf(flag);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 0) throw new Error(`${flag} expects a non-negative integer, got ${args[i + 1]}`);
  return v;
}

const args = process.argv.slice(2);
const articles = intArg(args, '--articles', 5000);
const seed = intArg(args, '--seed', 1);
const warmupCount = intArg(args, '--warmup', 200);
const asJson = args.includes('--json');
const log = (s: string): void => void (asJson ? process.stderr.write(`${s}\n`) : console.log(s));

// --- setup: corpus, knowledge and stages, built once -------------------------------------------
let t = performance.now();
const corpus = ensureCorpus(seed, articles);
const corpusMs = performance.now() - t;
const paths = corpus.files.map((f) => join(corpus.dir, f));
log(
  `corpus: ${paths.length} articles, ${(corpus.bytes / 1048576).toFixed(1)} MB, ${corpus.reused ? 'reused' : 'generated'} in ${corpusMs.toFixed(0)} ms (${corpus.dir})`,
);
t = performance.now();
const ctx: Context = { knowledge: loadKnowledge() };
const stages = createStages();
const setupMs = performance.now() - t;
const heapAfterSetup = process.memoryUsage().heapUsed;
log(`knowledge + stages built in ${setupMs.toFixed(0)} ms`);

// --- the two workloads ---------------------------------------------------------------------------
const decoder = new TextDecoder('utf-8');

/** The floor: read + decode + split each line into sentences + tokenize each sentence. */
function floorOne(path: string): number {
  const text = decoder.decode(readFileSync(path));
  let tokens = 0;
  for (let from = 0; from < text.length;) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    if (nl > from)
      for (const s of splitSentences(text, from, nl)) tokens += tokenize(text.slice(s.start, s.end), s.start).length;
    from = nl + 1;
  }
  return tokens;
}

const stageMs = new Map<string, number>();
const timer = (stage: string, ms: number): void => void stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms);

function pipelineOne(path: string, time: boolean): { events: number; error: string | null } {
  const out = extractBytes(
    { source: path, bytes: readFileSync(path) },
    ctx,
    stages,
    DEFAULT_LIMITS,
    time ? timer : undefined,
  );
  return out.ok ? { events: out.record.events.length, error: null } : { events: 0, error: out.reason };
}

// --- warm-up (JIT, caches), not measured -----------------------------------------------------------
const warm = paths.slice(0, Math.min(warmupCount, paths.length));
t = performance.now();
for (const p of warm) floorOne(p);
for (const p of warm) pipelineOne(p, false);
log(`warm-up: ${warm.length} articles in ${(performance.now() - t).toFixed(0)} ms`);

// --- floor pass ---------------------------------------------------------------------------------
let floorTokens = 0;
t = performance.now();
for (const p of paths) floorTokens += floorOne(p);
const floorMs = performance.now() - t;

// --- pipeline pass ------------------------------------------------------------------------------
const perArticle = new Float64Array(paths.length);
const eventsByStyle = new Map<string, { n: number; events: number }>();
const failures: string[] = [];
let events = 0;
let withEvents = 0;
let maxEvents = 0;
let peakHeap = 0;
t = performance.now();
for (let i = 0; i < paths.length; i++) {
  const a0 = performance.now();
  const r = pipelineOne(paths[i]!, true);
  perArticle[i] = performance.now() - a0;
  if (r.error) failures.push(`${corpus.files[i]}: ${r.error}`);
  events += r.events;
  if (r.events > 0) withEvents++;
  maxEvents = Math.max(maxEvents, r.events);
  const style = (corpus.files[i] ?? '')
    .replace(/^\d+-/, '')
    .replace(/\.(txt|html)$/, (m) => (m === '.html' ? ' (html)' : ''));
  const s = eventsByStyle.get(style) ?? { n: 0, events: 0 };
  s.n++;
  s.events += r.events;
  eventsByStyle.set(style, s);
  if (i % 250 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const pipelineMs = performance.now() - t;
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

// --- figures ----------------------------------------------------------------------------------------
const MB = corpus.bytes / 1048576;
const n = paths.length;
const pipeline = { ms: pipelineMs, articlesPerS: (n * 1000) / pipelineMs, mbPerS: (MB * 1000) / pipelineMs };
const floor = { ms: floorMs, articlesPerS: (n * 1000) / floorMs, mbPerS: (MB * 1000) / floorMs, tokens: floorTokens };
const ratio = pipelineMs / floorMs;
const stageSum = [...stageMs.values()].reduce((a, b) => a + b, 0);
const stagesTable = [
  ...stageMs.entries(),
  ['(outside stages: read, toRecord, glue)', pipelineMs - stageSum] as [string, number],
]
  .map(([stage, ms]) => ({ stage, ms, msPerArticle: ms / n, share: ms / pipelineMs }))
  .sort((a, b) => b.ms - a.ms);
const sorted = [...perArticle].sort((a, b) => a - b);
const pct = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const slowest = perArticle.indexOf(sorted.at(-1) ?? 0);
const mem = {
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  heapUsedMB: process.memoryUsage().heapUsed / 1048576,
  peakHeapUsedMB: peakHeap / 1048576,
  heapAfterSetupMB: heapAfterSetup / 1048576,
};
const targets = {
  articlesPerS: {
    target: TARGET_ARTICLES_PER_S,
    value: pipeline.articlesPerS,
    pass: pipeline.articlesPerS >= TARGET_ARTICLES_PER_S,
  },
  ratioToFloor: { target: TARGET_MAX_RATIO, value: ratio, pass: ratio <= TARGET_MAX_RATIO },
};
const result = {
  node: process.version,
  corpus: {
    seed,
    articles: n,
    bytes: corpus.bytes,
    meanKB: corpus.bytes / n / 1024,
    dir: corpus.dir,
    reused: corpus.reused,
  },
  setupMs,
  warmupArticles: warm.length,
  pipeline,
  floor,
  ratio,
  targets,
  latencyMs: {
    p50: pct(0.5),
    p90: pct(0.9),
    p99: pct(0.99),
    max: sorted.at(-1) ?? 0,
    slowest: corpus.files[slowest] ?? null,
  },
  stages: stagesTable,
  memory: mem,
  events: {
    total: events,
    perArticle: events / n,
    articlesWithEvents: withEvents,
    max: maxEvents,
    failures: failures.length,
    firstFailures: failures.slice(0, 5),
  },
  eventsByStyle: Object.fromEntries(
    [...eventsByStyle.entries()].sort().map(([k, v]) => [k, { articles: v.n, eventsPerArticle: v.events / v.n }]),
  ),
};

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const f = (x: number, d = 1): string => x.toFixed(d);
  const mark = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  log('');
  log(
    `Sidelines pipeline benchmark — ${n} articles, ${f(MB)} MB (mean ${f(result.corpus.meanKB)} KB), seed ${seed}, one core, ${process.version}`,
  );
  log('');
  log(
    `  pipeline  ${f(pipeline.articlesPerS, 0).padStart(7)} articles/s  ${f(pipeline.mbPerS, 2).padStart(7)} MB/s  (${f(pipelineMs / 1000, 2)} s)   target >= ${TARGET_ARTICLES_PER_S}/s: ${mark(targets.articlesPerS.pass)}`,
  );
  log(
    `  floor     ${f(floor.articlesPerS, 0).padStart(7)} articles/s  ${f(floor.mbPerS, 2).padStart(7)} MB/s  (${f(floorMs / 1000, 2)} s, ${floorTokens} tokens)`,
  );
  log(
    `  ratio     pipeline is ${f(ratio, 2)}x the floor   target <= ${TARGET_MAX_RATIO}x: ${mark(targets.ratioToFloor.pass)}`,
  );
  log(
    `  latency   p50 ${f(pct(0.5), 2)} ms  p90 ${f(pct(0.9), 2)} ms  p99 ${f(pct(0.99), 2)} ms  max ${f(result.latencyMs.max, 1)} ms (${result.latencyMs.slowest})`,
  );
  log('');
  log('  time share per stage');
  for (const s of stagesTable)
    log(`    ${s.stage.padEnd(40)} ${f(s.share * 100).padStart(5)} %  ${f(s.msPerArticle, 3).padStart(8)} ms/article`);
  log('');
  log(
    `  memory    peak RSS ${f(mem.peakRssMB)} MB, heap used ${f(mem.heapUsedMB)} MB (peak sampled ${f(mem.peakHeapUsedMB)} MB, after setup ${f(mem.heapAfterSetupMB)} MB)`,
  );
  log(
    `  events    ${events} total, ${f(events / n, 2)} per article, ${withEvents}/${n} articles with >= 1, max ${maxEvents}, ${failures.length} failed`,
  );
  for (const fl of failures.slice(0, 5)) log(`    failed: ${fl}`);
  log('  events per article by style');
  for (const [style, v] of Object.entries(result.eventsByStyle))
    log(`    ${style.padEnd(26)} ${String(v.articles).padStart(5)} articles  ${f(v.eventsPerArticle, 2).padStart(6)}`);
}
