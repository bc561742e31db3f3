// `sidelines watch FEED... --every 15m [--db ...] [--once] [--json]`: polls the inputs, ingests
// what is new, sleeps, and again, until the signal (SIGINT/SIGTERM at the edge) stops it.
// Feed items delivered by an earlier poll are not fetched again (their keys are kept for the
// life of the process); anything else that comes back unchanged is a no-op in the store.
// Each poll prints its summary (one JSON line per poll with --json). A stop is clean: the item
// being saved finishes (one transaction), fetches and extractions in flight are abandoned (not
// stored, so a later run stores them), the extraction workers are stopped, exit code 0.
import type { Io } from '../config.ts';
import type { IngestConfig } from '../ingestConfig.ts';
import { exitCode } from '../ingestSummary.ts';
import { createPipeline } from '../../ingest/articlePipeline.ts';
import { createIngestWorkers, ingestInputs, openStoreOrReport, printSummary } from './ingest.ts';

/** Resolves after `ms`, or at once when the signal fires. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function describeEvery(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}

export async function runWatch(config: IngestConfig, io: Io, signal: AbortSignal): Promise<number> {
  if (config.inputs.length === 0) {
    io.stderr.write('sidelines: watch: expected at least one feed\n');
    return 2;
  }
  const store = await openStoreOrReport(config, io);
  if (!store) return 2;
  const pipeline = createPipeline({ maxBytes: config.maxBytes });
  const seen = new Set<string>();
  // One set of extraction workers for every poll, stopped when the watch stops.
  const workers = createIngestWorkers(pipeline, config, io);
  try {
    if (!config.once && !config.json) {
      io.stderr.write(`sidelines: watching ${config.inputs.length} input(s) every ${describeEvery(config.everyMs)}\n`);
    }
    while (!signal.aborted) {
      const summary = await ingestInputs(store, pipeline, config, io, { seen, signal, workers });
      if (signal.aborted) break;
      printSummary(summary, config, io);
      if (config.once) return exitCode(summary);
      await sleep(config.everyMs, signal);
    }
    if (!config.json) io.stderr.write('sidelines: watch stopped\n');
    return 0;
  } finally {
    await workers.close();
    await store.close();
  }
}
