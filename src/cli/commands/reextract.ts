// `sidelines reextract [--db PATH|postgres://...] [--json]`: re-runs the current pipeline over
// every stored document whose records another pipeline version produced, oldest first, in
// batches. Each document is replaced in one transaction, so an interrupted run loses nothing and
// the next run picks up where it stopped. A document that fails stays stale and is reported.
import { createPipeline, reextractDocument, type Pipeline } from '../../ingest/articlePipeline.ts';
import type { Store } from '../../store/store.ts';
import type { Io } from '../config.ts';
import type { IngestConfig } from '../ingestConfig.ts';
import { countFailure, emptySummary, exitCode, finishSummary, type IngestSummary } from '../ingestSummary.ts';
import { displayDb } from '../openStoreFor.ts';
import { createProgress } from '../progressBar.ts';
import { openStoreOrReport, printSummary } from './ingest.ts';

const BATCH = 200;

/** Re-extracts every stale document; failed ones are passed over, so the loop always ends. */
export async function reextractAll(store: Store, p: Pipeline, config: IngestConfig, io: Io): Promise<IngestSummary> {
  const startedAt = performance.now();
  const summary = emptySummary('reextract', displayDb(config.dbUrl));
  const failedIds = new Set<number>();
  const progress = createProgress(config.progress, io.stderr, 0, 'reextract');
  try {
    for (;;) {
      const docs = await store.staleDocuments(p.version, Math.min(10_000, failedIds.size + BATCH));
      const todo = docs.filter((d) => !failedIds.has(d.id));
      if (todo.length === 0) break;
      progress.grow(todo.length);
      for (const d of todo) {
        const reason = await reextractDocument(store, p, d);
        if (reason === null) summary.reextracted += 1;
        else {
          failedIds.add(d.id);
          countFailure(summary, `${d.source} (document ${d.id})`, reason);
        }
        progress.tick(d.source);
      }
      // More failures than one query can pass over: stop rather than loop on them.
      if (failedIds.size + BATCH > 10_000) break;
    }
  } finally {
    progress.stop();
  }
  return finishSummary(summary, await store.stats(), startedAt);
}

export async function runReextract(config: IngestConfig, io: Io): Promise<number> {
  const store = await openStoreOrReport(config, io);
  if (!store) return 2;
  try {
    const summary = await reextractAll(store, createPipeline({ maxBytes: config.maxBytes }), config, io);
    printSummary(summary, config, io);
    return exitCode(summary);
  } finally {
    await store.close();
  }
}
