// Where each document of a command is extracted: on this thread until `startAfter` documents were
// seen, then on the pool's worker threads (here while they start, unless told to wait for them).
// One is kept for the life of a command, not of a run: `watch` polls again and again, and each
// poll starting its own workers would pay their start (~0.5 s, the knowledge base loaded again)
// every time. The command closes it, which terminates the workers so the process can exit.
import type { Worker } from 'node:worker_threads';
import { prepareArticle, type ArticleInput, type Pipeline, type Prepared } from './articlePipeline.ts';
import { createExtractionPool, type ExtractionPool } from './extractionPool.ts';

export interface ExtractionWorkersOptions {
  pipeline: Pipeline;
  /** Worker threads; 0 extracts everything on this thread. */
  workers: number;
  /** Documents extracted here before the workers are started. */
  startAfter: number;
  /** Whether documents wait for the workers to be ready (workers asked for) rather than be
   * extracted here while they start. */
  waitForWorkers: boolean;
  /** Told when the workers cannot be used and extraction went back to this thread. */
  onWarning?: (message: string) => void;
  /** Test hook, passed to the pool. */
  onWorker?: (worker: Worker) => void;
}

export interface ExtractionWorkers {
  /** The document's outcome when extracted here, a promise of it when sent to a worker. */
  extract(input: ArticleInput): Prepared | Promise<Prepared>;
  /** Worker threads started, replacements included. */
  started(): number;
  /** Terminates the workers; extractions not answered yet never are. */
  close(): Promise<void>;
}

export function createExtractionWorkers(options: ExtractionWorkersOptions): ExtractionWorkers {
  let documents = 0;
  let pool: ExtractionPool | null = null;
  let closed = false;

  function poolFor(): ExtractionPool | null {
    documents += 1;
    if (!pool && !closed && options.workers > 0 && documents > options.startAfter) {
      pool = createExtractionPool({
        size: options.workers,
        settings: { maxBytes: options.pipeline.maxBytes, version: options.pipeline.version },
        inline: (i) => prepareArticle(options.pipeline, i),
        onGiveUp: (reason) => options.onWarning?.(`${reason}; extracting on the main thread`),
        onWorker: options.onWorker,
      });
    }
    if (!pool || closed) return null;
    return pool.ready() || (options.waitForWorkers && !pool.gaveUp()) ? pool : null;
  }

  return {
    extract(input) {
      const onWorker = poolFor();
      return onWorker ? onWorker.extract(input) : prepareArticle(options.pipeline, input);
    },
    started: () => pool?.started() ?? 0,
    async close() {
      closed = true;
      await pool?.close();
    },
  };
}
