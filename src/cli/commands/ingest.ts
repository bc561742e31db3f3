// `sidelines ingest PATH|URL|FEED... [--db PATH|postgres://...] [--json]`: every input is
// acquired (src/sources; local files are read a few ahead), run through the pipeline and saved;
// the summary goes to stdout at the end. Documents are extracted on this thread, or on worker
// threads when asked (--workers N|auto), and saved in the order acquired all the same
// (orderedExtraction.ts), on this thread, in batches, one transaction each, keyed by the text's
// content hash, so a run killed at any point and run again stores every document exactly once.
// Exit 1 when anything failed.
import type { Worker } from 'node:worker_threads';
import { createPipeline, type Pipeline } from '../../ingest/articlePipeline.ts';
import { inFlightLimit, MAX_IN_FLIGHT_BYTES, WORKERS_START_AFTER } from '../../ingest/extractionLimits.ts';
import { createExtractionWorkers, type ExtractionWorkers } from '../../ingest/extractionWorkers.ts';
import { createOrderedExtraction } from '../../ingest/orderedExtraction.ts';
import { acquire, planInputs } from '../../sources/expandInputs.ts';
import { createReadAhead, READ_AHEAD } from '../../sources/readAhead.ts';
import { readInput } from '../../sources/readInput.ts';
import { defaultSourceOptions, type SourceItem, type SourceOptions } from '../../sources/sourceItem.ts';
import type { Store } from '../../store/store.ts';
import type { Io } from '../config.ts';
import type { IngestConfig } from '../ingestConfig.ts';
import { displayDb, openStoreFor } from '../openStoreFor.ts';
import {
  countFailure,
  countSaved,
  countSkipped,
  emptySummary,
  exitCode,
  finishSummary,
  formatSummary,
  type IngestSummary,
} from '../ingestSummary.ts';
import { createProgress } from '../progressBar.ts';
import { createSaveBatcher, DEFAULT_BATCH } from '../../ingest/saveBatcher.ts';

/** Documents stored by one run from which the run refreshes the database's statistics: below
 * it, the database's own upkeep (autovacuum) keeps up. */
export const REFRESH_STATISTICS_AFTER = 1000;

export interface IngestRunOptions {
  /** Feed items delivered by earlier polls (watch). */
  seen?: Set<string>;
  /** Stops the run between items and aborts fetches in flight. */
  signal?: AbortSignal;
  /** Extraction workers kept across runs (watch); by default the run starts and stops its own. */
  workers?: ExtractionWorkers;
  /** Test hook: each extraction worker as it is started (workers of the run's own). */
  onWorker?: (worker: Worker) => void;
}

/** The extraction workers `config` asks for (none by default): with --workers auto they start once
 * a command has seen WORKERS_START_AFTER documents; with --workers N, at the first, and take every
 * one. */
export function createIngestWorkers(
  p: Pipeline,
  config: IngestConfig,
  io: Io,
  onWorker?: (worker: Worker) => void,
): ExtractionWorkers {
  return createExtractionWorkers({
    pipeline: p,
    workers: config.workers,
    startAfter: config.workersAsked ? 0 : WORKERS_START_AFTER,
    waitForWorkers: config.workersAsked,
    onWarning: (message) => io.stderr.write(`sidelines: ${config.command}: ${message}\n`),
    onWorker,
  });
}

/** Acquires and saves every input; the summary's database totals are filled in at the end. */
export async function ingestInputs(
  store: Store,
  p: Pipeline,
  config: IngestConfig,
  io: Io,
  run: IngestRunOptions = {},
): Promise<IngestSummary> {
  const startedAt = performance.now();
  const summary = emptySummary(config.command, displayDb(config.dbUrl));
  const planned = await planInputs(config.inputs);
  const progress = createProgress(config.progress, io.stderr, planned.length, config.command);
  const opts: SourceOptions = {
    ...defaultSourceOptions(io.stdin, config.maxBytes),
    timeoutMs: config.timeoutMs,
    maxFeedItems: config.maxFeedItems,
    onDiscover: (extra) => progress.grow(extra),
    ...(run.seen ? { seen: run.seen } : {}),
    ...(run.signal ? { signal: run.signal } : {}),
  };
  const batcher = createSaveBatcher(
    store,
    (source, result) =>
      'error' in result ? countFailure(summary, source, `cannot store: ${result.error}`) : countSaved(summary, result),
    { ...DEFAULT_BATCH, maxDocuments: config.batch },
  );
  // Watch's polls share the command's workers; a lone run starts (and stops) its own.
  const workers = run.workers ?? createIngestWorkers(p, config, io, run.onWorker);
  // Items are counted in the order acquired whichever thread extracted them (orderedExtraction.ts).
  const extraction = createOrderedExtraction<SourceItem>(
    {
      extract: (input) => workers.extract(input),
      maxInFlight: inFlightLimit(config.batch, config.workers),
      maxInFlightBytes: MAX_IN_FLIGHT_BYTES,
    },
    async (item, outcome) => {
      if (item.kind === 'failure') countFailure(summary, item.source, item.reason);
      else if (item.kind === 'skipped') countSkipped(summary, item.source, item.reason, item.count);
      else if (item.kind === 'seen') summary.unchanged += 1;
      else if (outcome && !outcome.ok) countFailure(summary, item.source, outcome.reason);
      else if (outcome) await batcher.add(item.source, outcome.prepared);
      progress.tick(item.source);
    },
  );
  try {
    const ahead = createReadAhead(
      planned,
      (path, sync) => readInput(path, opts.maxBytes, opts.stdin, { sync }),
      READ_AHEAD,
    );
    for (const [index, input] of planned.entries()) {
      if (run.signal?.aborted) break;
      // Whatever is queued is written before waiting on the network.
      if (input.kind !== 'path') {
        await extraction.drain();
        await batcher.flush();
      }
      for await (const item of acquire(input, opts, input.kind === 'path' ? ahead.take(index) : undefined)) {
        if (run.signal?.aborted) break;
        await extraction.push(item, item.kind === 'document' ? item : null);
      }
    }
    // A stop drops what is still being extracted, as it abandons fetches in flight: not stored,
    // so a later run stores it.
    if (!run.signal?.aborted) await extraction.drain();
    await batcher.flush();
  } finally {
    extraction.discard();
    if (!run.workers) await workers.close();
    progress.stop();
  }
  // After a bulk run the planner's statistics lag behind the data until the database gets
  // round to them; refreshed here, queries are at full speed as soon as the command returns.
  if (summary.new + summary.newVersions >= REFRESH_STATISTICS_AFTER) await store.refreshStatistics();
  return finishSummary(summary, await store.stats(), startedAt);
}

export function printSummary(summary: IngestSummary, config: IngestConfig, io: Io): void {
  io.stdout.write(config.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
}

/** The store the config names, or null after a one-line report (password masked). */
export function openStoreOrReport(config: IngestConfig, io: Io): Promise<Store | null> {
  return openStoreFor(config.dbUrl, io, { mustExist: false });
}

export async function runIngest(config: IngestConfig, io: Io): Promise<number> {
  const store = await openStoreOrReport(config, io);
  if (!store) return 2;
  try {
    const summary = await ingestInputs(store, createPipeline({ maxBytes: config.maxBytes }), config, io);
    printSummary(summary, config, io);
    return exitCode(summary);
  } finally {
    await store.close();
  }
}
