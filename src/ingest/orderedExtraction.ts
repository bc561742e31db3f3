// The ingest loop's extraction: entries (documents, and whatever else the loop must report in
// its place: acquisition failures, skipped or already seen items) are delivered in the order
// they were pushed, each with its outcome, whether the document was extracted here or on a
// worker thread (extractionWorkers.ts). Keeping that order keeps the saves, and so the database
// (ids, merges, the order of everything) and the summary, exactly what extracting every
// document here would give. The entries not yet delivered are bounded in number and input
// bytes, so a fast reader cannot pile up work ahead of a slow store.
import type { ArticleInput, Prepared } from './articlePipeline.ts';

export interface OrderedExtractionOptions {
  /** The document's outcome now (extracted here) or later (on a worker). */
  extract: (input: ArticleInput) => Prepared | Promise<Prepared>;
  /** Entries pushed and not yet delivered, and their input bytes (one entry always passes). */
  maxInFlight: number;
  maxInFlightBytes: number;
}

export interface OrderedExtraction<T> {
  /** Takes an entry (`input` when it is a document to extract) and delivers what is done, in
   * order; waits for earlier entries while too much is in flight. */
  push(entry: T, input: ArticleInput | null): Promise<void>;
  /** Delivers every entry pushed. */
  drain(): Promise<void>;
  /** Drops the entries not delivered yet (a stop or an error: they were not stored). */
  discard(): void;
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
        const outcome = options.extract(input);
        if (outcome instanceof Promise) {
          pending.outcome = undefined;
          pending.result = outcome;
          void outcome.then((o) => (pending.outcome = o));
        } else pending.outcome = outcome;
      }
      queue.push(pending);
      bytesInFlight += pending.bytes;
      while (queue[0] && (queue[0].outcome !== undefined || tooMuch())) await deliverHead();
    },
    async drain() {
      while (queue.length) await deliverHead();
    },
    discard() {
      queue.length = 0;
      bytesInFlight = 0;
    },
  };
}
