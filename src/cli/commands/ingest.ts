// `sidelines ingest PATH|URL|FEED... [--db PATH|postgres://...] [--json]`: every input is
// acquired (src/sources), run through the pipeline and saved; the summary goes to stdout at the
// end. Documents are saved in batches, one transaction each, keyed by the text's content hash, so
// a run killed at any point and run again stores every document exactly once. Exit 1 when
// anything failed.
import { loadKnowledge } from '../../knowledge/index.ts';
import { createStages, extractBytes, PIPELINE_VERSION, type Context, type Stage } from '../../pipeline/index.ts';
import { acquire, planInputs } from '../../sources/expandInputs.ts';
import { defaultSourceOptions, type SourceItem, type SourceOptions } from '../../sources/sourceItem.ts';
import { prepareSave, type PreparedSave, type Store } from '../../store/store.ts';
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
import { createSaveBatcher } from '../saveBatcher.ts';

export interface Pipeline {
  ctx: Context;
  stages: readonly Stage[];
  version: string;
}

export function createPipeline(): Pipeline {
  return { ctx: { knowledge: loadKnowledge() }, stages: createStages(), version: PIPELINE_VERSION };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** An ISO day from a feed's date, or null. */
function isoDay(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

type Document = Extract<SourceItem, { kind: 'document' }>;

/** Extracts one document and prepares its save; content problems come back as a reason. */
export function prepareDocument(p: Pipeline, item: Document, maxBytes: number): PreparedSave | string {
  let outcome;
  try {
    outcome = extractBytes({ source: item.source, bytes: item.bytes }, p.ctx, p.stages, { maxBytes });
  } catch (err) {
    return `internal error: ${message(err)}`;
  }
  if (!outcome.ok) return outcome.reason;
  const { doc, record } = outcome;
  try {
    return prepareSave({
      source: item.source,
      url: item.url,
      text: doc.text,
      title: item.title ?? doc.title,
      published: isoDay(item.published) ?? record.published,
      format: item.format,
      record,
      doc,
      pipelineVersion: p.version,
    });
  } catch (err) {
    return `internal error: ${message(err)}`;
  }
}

export interface IngestRunOptions {
  /** Feed items delivered by earlier polls (watch). */
  seen?: Set<string>;
  /** Stops the run between items and aborts fetches in flight. */
  signal?: AbortSignal;
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
    ...run,
  };
  const batcher = createSaveBatcher(store, (source, result) =>
    'error' in result ? countFailure(summary, source, `cannot store: ${result.error}`) : countSaved(summary, result),
  );
  try {
    for (const input of planned) {
      if (run.signal?.aborted) break;
      // Whatever is queued is written before waiting on the network.
      if (input.kind !== 'path') await batcher.flush();
      for await (const item of acquire(input, opts)) {
        if (run.signal?.aborted) break;
        if (item.kind === 'failure') countFailure(summary, item.source, item.reason);
        else if (item.kind === 'skipped') countSkipped(summary, item.source, item.reason, item.count);
        else if (item.kind === 'seen') summary.unchanged += 1;
        else {
          const prepared = prepareDocument(p, item, config.maxBytes);
          if (typeof prepared === 'string') countFailure(summary, item.source, prepared);
          else await batcher.add(item.source, prepared);
        }
        progress.tick(item.source);
      }
    }
    await batcher.flush();
  } finally {
    progress.stop();
  }
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
    const summary = await ingestInputs(store, createPipeline(), config, io);
    printSummary(summary, config, io);
    return exitCode(summary);
  } finally {
    await store.close();
  }
}
