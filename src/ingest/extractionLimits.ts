// How many extraction workers an ingest uses, when it starts them, and how much work may be in
// flight between the acquisition of a document and its save. The figures were measured on the
// generated bench corpus (bench/store.bench.ts): extraction ~2.5 ms an article, a SQLite save
// ~3 ms an article on the main thread, ~28 KB of serialized PreparedSave an article.

/** Workers beyond this gain nothing with --workers auto: the main thread's saves are the bottleneck
 * once extraction is off it, and each worker holds its own modules and knowledge base (~120 MB of RSS, measured). */
export const MAX_AUTO_WORKERS = 4;

/** The most `--workers` accepts. */
export const MAX_WORKERS = 16;

/** --workers auto: one core is left to the main thread (acquisition and saves). */
export function autoWorkerCount(cores: number): number {
  return Math.max(0, Math.min(MAX_AUTO_WORKERS, Math.floor(cores) - 1));
}

/** Documents extracted on the main thread before --workers auto starts its workers. A worker takes
 * ~0.3-0.5 s to start (tsx and the knowledge base), which a run of a few files or of the bundled
 * samples must not pay; by 200 documents a run has spent about a second and is likely a
 * directory or a feed with more to come, and from there a worker saves ~2.5 ms of main-thread
 * time an article. Extraction goes on here while the workers start. */
export const WORKERS_START_AFTER = 200;

/** Extractions that may be ahead of the store. While a batch is written (~1.5 s for 500 on
 * SQLite) the main thread is blocked and cannot hand out work, so the workers must already hold
 * enough to stay busy, and the next batch should be ready when the save ends: one batch ahead,
 * plus a few documents per worker so none idles between two. Beyond 1,000 (a large --batch)
 * the main thread waits for extraction rather than hold more results in memory. */
export function inFlightLimit(batch: number, workers: number): number {
  return Math.min(batch, 1000) + 16 * workers;
}

/** Input bytes in flight, whatever their number: fifty 1 MB HTML pages weigh what thousands of
 * articles do. One document is always let through, however large. */
export const MAX_IN_FLIGHT_BYTES = 64 * 1024 * 1024;
