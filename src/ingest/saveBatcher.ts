// Collects prepared documents and saves them several to a transaction (Store.saveExtractions):
// a commit costs more than a document's own writes. A batch is written when it is full, when
// its first document has waited long enough (a slow feed must not hold finished work back), and
// at the end; a run killed before then loses only that batch, which a re-run stores again.
import type { BatchSaveResult, PreparedSave, Store } from '../store/store.ts';

export interface SaveBatcher {
  /** Queues a document; writes the batch when it is full or old enough. */
  add(source: string, prepared: PreparedSave): Promise<void>;
  /** Writes whatever is queued. */
  flush(): Promise<void>;
}

export interface BatchOptions {
  maxDocuments: number;
  maxWaitMs: number;
}

/** Measured at 100,000 articles: the SQLite store spent 4.3 ms an article in batches of 50,
 * 3.7 in batches of 500 (a commit writes each page the batch changed once, however many of its
 * documents changed it). The wait bound keeps a slow feed's documents from waiting long. */
export const DEFAULT_BATCH: BatchOptions = { maxDocuments: 500, maxWaitMs: 5000 };

/** The default number of documents per transaction on a backend. Both save a batch in bulk
 * (src/store/batch): on PostgreSQL, 2,000 articles took 6.7 ms each in batches of 50 and 5.0 in
 * batches of 500 (round trips per batch, not per document). */
export function defaultBatchSize(_backend: 'sqlite' | 'postgres'): number {
  return DEFAULT_BATCH.maxDocuments;
}

export function createSaveBatcher(
  store: Store,
  onResult: (source: string, result: BatchSaveResult) => void,
  options: BatchOptions = DEFAULT_BATCH,
): SaveBatcher {
  let queue: { source: string; prepared: PreparedSave }[] = [];
  let since = 0;

  async function flush(): Promise<void> {
    if (!queue.length) return;
    const batch = queue;
    queue = [];
    let results: BatchSaveResult[];
    try {
      results = await store.saveExtractions(batch.map((b) => b.prepared));
    } catch (err) {
      // The transaction itself failed (database gone, disk full): nothing of the batch is stored.
      const error = err instanceof Error ? err.message : String(err);
      results = batch.map(() => ({ error }));
    }
    batch.forEach((b, i) => onResult(b.source, results[i] ?? { error: 'no result from the store' }));
  }

  async function add(source: string, prepared: PreparedSave): Promise<void> {
    if (!queue.length) since = performance.now();
    queue.push({ source, prepared });
    if (queue.length >= options.maxDocuments || performance.now() - since >= options.maxWaitMs) await flush();
  }

  return { add, flush };
}
