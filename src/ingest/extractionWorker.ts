// The worker-thread side of the extraction pool (extractionPool.ts): builds the pipeline once,
// then turns each job into a Prepared exactly as prepareArticle does on the main thread, so a
// document's outcome (its failure reason included) does not depend on where it was extracted.
// Run by extractionWorkerMain.ts.
import type { MessagePort } from 'node:worker_threads';
import { createPipeline, prepareArticle, type ArticleInput, type Prepared } from './articlePipeline.ts';

/** What a worker needs to build the main thread's pipeline (workerData). */
export interface WorkerSettings {
  maxBytes: number;
  version: string;
}

export interface ExtractionJob {
  id: number;
  input: ArticleInput;
}

export type WorkerMessage = { kind: 'ready' } | { kind: 'done'; id: number; outcome: Prepared };

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Answers every job on `port` with its outcome, in the order received; 'ready' once built. */
export function serveExtractions(port: MessagePort, settings: WorkerSettings): void {
  const pipeline = createPipeline({ maxBytes: settings.maxBytes, version: settings.version });
  const post = (m: WorkerMessage): void => port.postMessage(m);
  port.on('message', (job: ExtractionJob) => {
    const outcome = prepareArticle(pipeline, job.input);
    try {
      post({ kind: 'done', id: job.id, outcome });
    } catch (err) {
      // A result that cannot be cloned is that document's failure, not the worker's.
      post({ kind: 'done', id: job.id, outcome: { ok: false, reason: `internal error: ${message(err)}` } });
    }
  });
  post({ kind: 'ready' });
}
