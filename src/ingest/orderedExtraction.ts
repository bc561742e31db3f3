// The ingest loop's extraction: entries (documents, and whatever else the loop must report in
// its place: acquisition failures, skipped or already seen items) are delivered in the order
// they were pushed, each with its outcome, whether the document was extracted here or on a
// worker thread. Keeping that order keeps the saves, and so the database (ids, merges, the order
// of everything) and the summary, exactly what extracting every document here would give.
// Documents are extracted here until `startAfter` of them were seen, then on the pool's workers
// (here while they start, unless told to wait for them); the entries not yet delivered are
// bounded in number and input bytes.
import type { Worker } from 'node:worker_threads';
import { prepareArticle, type ArticleInput, type Pipeline, type Prepared } from './articlePipeline.ts';
import { createExtractionPool, type ExtractionPool } from './extractionPool.ts';

export interface OrderedExtractionOptions {
  pipeline: Pipeline;
  /** Worker threads; 0 extracts everything on this thread. */
  workers: number;
  /** Documents extracted here before the workers are started. */
  startAfter: number;
  /** Whether documents wait for the workers to be ready (workers asked for) rather than be
   * extracted here while they start. */
  waitForWorkers: boolean;
  /** Entries pushed and not yet delivered, and their input bytes (one entry always passes). */
  maxInFlight: number;
  maxInFlightBytes: number;
  /** Told when the workers cannot be used and extraction went back to this thread. */
  onWarning?: (message: string) => void;
  /** Test hook, passed to the pool. */
  onWorker?: (worker: Worker) => void;
}

export interface OrderedExtraction<T> {
  /** Takes an entry (`input` when it is a document to extract) and delivers what is done, in
   * order; waits for earlier entries while too much is in flight. */
  push(entry: T, input: ArticleInput | null): Promise<void>;
  /** Delivers every entry pushed. */
  drain(): Promise<void>;
  /** Terminates the workers; entries not delivered yet are dropped. */
  close(): Promise<void>;
  /** Worker threads started, replacements included. */
  workersStarted(): number;
}

interface Pending<T> {
  entry: T;
  bytes: number;
  /** undefined until the outcome is known; null for an entry that is not a document. */
  outcome: Prepared | null | undefined;
  result: Promise<Prepared> | null;
}

export function createOrderedExtraction<T>(
  options: OrderedExtractionOptions,
  deliver: (entry: T, outcome: Prepared | null) => Promise<void>,
): OrderedExtraction<T> {
  const queue: Pending<T>[] = [];
  let bytesInFlight = 0;
  let documents = 0;
  let pool: ExtractionPool | null = null;

  function extract(input: ArticleInput, pending: Pending<T>): void {
    documents += 1;
    if (!pool && options.workers > 0 && documents > options.startAfter) {
      pool = createExtractionPool({
        size: options.workers,
        settings: { maxBytes: options.pipeline.maxBytes, version: options.pipeline.version },
        inline: (i) => prepareArticle(options.pipeline, i),
        onGiveUp: (reason) => options.onWarning?.(`${reason}; extracting on the main thread`),
        onWorker: options.onWorker,
      });
    }
    if (pool && (pool.ready() || (options.waitForWorkers && !pool.gaveUp()))) {
      pending.result = pool.extract(input);
      void pending.result.then((outcome) => (pending.outcome = outcome));
    } else {
      pending.outcome = prepareArticle(options.pipeline, input);
    }
  }

  async function deliverHead(): Promise<void> {
    const head = queue.shift();
    if (!head) return;
    const outcome = head.outcome === undefined ? await head.result : head.outcome;
    bytesInFlight -= head.bytes;
    await deliver(head.entry, outcome ?? null);
  }

  const tooMuch = (): boolean =>
    queue.length > 1 && (queue.length > options.maxInFlight || bytesInFlight > options.maxInFlightBytes);

  return {
    async push(entry, input) {
      const pending: Pending<T> = { entry, bytes: input?.bytes.byteLength ?? 0, outcome: null, result: null };
      if (input) {
        pending.outcome = undefined;
        extract(input, pending);
      }
      queue.push(pending);
      bytesInFlight += pending.bytes;
      while (queue[0] && (queue[0].outcome !== undefined || tooMuch())) await deliverHead();
    },
    async drain() {
      while (queue.length) await deliverHead();
    },
    async close() {
      queue.length = 0;
      bytesInFlight = 0;
      await pool?.close();
    },
    workersStarted: () => pool?.started() ?? 0,
  };
}
