// Worker threads that extract articles (extractionWorker.ts) while the main thread stores them.
// Jobs are posted to a worker as soon as they are given, so the workers stay busy while the main
// thread is blocked in a save and cannot hand out more. Each job keeps its input until its
// result arrives: a worker that dies (exit, out of memory, terminated) takes what it was given
// with it, and its unanswered jobs are given to another worker or a fresh one, each answered
// once. The job the worker was on when it died (its oldest unanswered one: a worker answers in
// order) is a suspect: a document that was on two workers when they died is reported as a
// failure rather than tried again. A worker that dies before it is ready (or is not ready in a
// minute), or too many deaths, and the pool gives up: everything left is extracted on the main
// thread.
import { Worker } from 'node:worker_threads';
import type { ArticleInput, Prepared } from './articlePipeline.ts';
import type { ExtractionJob, WorkerMessage, WorkerSettings } from './extractionWorker.ts';

/** Defined by the bundle build (scripts/buildCli.ts): where the bundled worker is, from here. */
declare const SIDELINES_WORKER_BUNDLE: string | undefined;
/** The bundled worker when this module runs from the bundle, else the sources' entry (tsx). */
const ENTRY =
  typeof SIDELINES_WORKER_BUNDLE === 'string'
    ? new URL(SIDELINES_WORKER_BUNDLE, import.meta.url)
    : new URL('./extractionWorkerEntry.js', import.meta.url);

/** Replacements started for workers that died, in the life of a pool. */
const MAX_RESTARTS = 4;

/** A worker starts in 0.3-3 s (its modules and the knowledge base; longer through tsx and on a
 * loaded machine). One not ready by then is stuck: it is stopped, as if it had died before it
 * was ready, so documents waiting for it go back to the main thread rather than wait for ever. */
const START_TIMEOUT_MS = 60_000;

export interface PoolOptions {
  size: number;
  settings: WorkerSettings;
  /** Extraction on the main thread, once the pool has given up on workers. */
  inline: (input: ArticleInput) => Prepared;
  /** Told why the pool gave up on workers (once). */
  onGiveUp?: (reason: string) => void;
  /** Test hook: each worker as it is started (to terminate it mid-run). */
  onWorker?: (worker: Worker) => void;
}

export interface ExtractionPool {
  /** Whether extract() would go to a worker now: one has started and the pool has not given up. */
  ready(): boolean;
  /** Whether the pool gave up on workers: extract() then runs on the main thread. */
  gaveUp(): boolean;
  extract(input: ArticleInput): Promise<Prepared>;
  /** Workers started so far, replacements included. */
  started(): number;
  /** Terminates the workers; unanswered jobs are abandoned. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  input: ArticleInput;
  /** Deaths of workers this job was the oldest unanswered job of. */
  suspectOf: number;
  resolve: (outcome: Prepared) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Unanswered jobs in the order sent. */
  jobs: Map<number, Job>;
  error: string | null;
}

export function createExtractionPool(options: PoolOptions): ExtractionPool {
  const slots = new Set<Slot>();
  const waiting: Job[] = [];
  let nextId = 0;
  let started = 0;
  let restarts = 0;
  let gaveUp = false;
  let closing = false;

  function send(slot: Slot, job: Job): void {
    slot.jobs.set(job.id, job);
    // A copy is transferred, not cloned: the job keeps the original in case the worker dies.
    const bytes = new Uint8Array(job.input.bytes);
    const message: ExtractionJob = { id: job.id, input: { ...job.input, bytes } };
    slot.worker.postMessage(message, [bytes.buffer]);
  }

  function dispatch(job: Job): void {
    if (gaveUp) return job.resolve(options.inline(job.input));
    let best: Slot | null = null;
    for (const s of slots) if (s.ready && (!best || s.jobs.size < best.jobs.size)) best = s;
    if (best) send(best, job);
    else waiting.push(job);
  }

  function giveUp(reason: string): void {
    if (gaveUp) return;
    gaveUp = true;
    options.onGiveUp?.(reason);
    for (const job of waiting.splice(0)) dispatch(job);
  }

  function onExit(slot: Slot, code: number): void {
    slots.delete(slot);
    if (closing) return;
    const orphans = [...slot.jobs.values()];
    const why = `exit code ${code}${slot.error ? `: ${slot.error}` : ''}`;
    const suspect = orphans[0];
    if (suspect && ++suspect.suspectOf >= 2) {
      orphans.shift();
      suspect.resolve({
        ok: false,
        reason: `internal error: an extraction worker died on this document twice (${why})`,
      });
    }
    if (!slot.ready) giveUp(`expected an extraction worker to start, got ${why}`);
    else if (restarts >= MAX_RESTARTS)
      giveUp(`expected extraction workers to keep running, got ${restarts + 1} deaths`);
    else {
      restarts += 1;
      start();
    }
    for (const job of orphans) dispatch(job);
  }

  function start(): void {
    let worker: Worker;
    try {
      worker = new Worker(ENTRY, { workerData: options.settings satisfies WorkerSettings });
    } catch (err) {
      return giveUp(`expected to start an extraction worker, got ${err instanceof Error ? err.message : String(err)}`);
    }
    const slot: Slot = { worker, ready: false, jobs: new Map(), error: null };
    slots.add(slot);
    started += 1;
    const stuck = setTimeout(() => {
      slot.error = `not ready after ${START_TIMEOUT_MS / 1000} s`;
      void worker.terminate();
    }, START_TIMEOUT_MS);
    stuck.unref();
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'ready') {
        clearTimeout(stuck);
        slot.ready = true;
        for (const job of waiting.splice(0)) dispatch(job);
        return;
      }
      const job = slot.jobs.get(m.id);
      if (!job) return;
      slot.jobs.delete(m.id);
      job.resolve(m.outcome);
    });
    worker.on('error', (err) => (slot.error = err instanceof Error ? err.message : String(err)));
    // A result that cannot be read here would leave its job unanswered for good: the worker is
    // stopped instead, and its jobs go elsewhere (the unreadable one, its oldest, as a suspect).
    worker.on('messageerror', (err) => {
      slot.error = `unreadable result: ${err.message}`;
      void worker.terminate();
    });
    worker.on('exit', (code) => {
      clearTimeout(stuck);
      onExit(slot, code);
    });
    options.onWorker?.(worker);
  }

  for (let i = 0; i < options.size; i++) start();

  return {
    ready: () => !gaveUp && [...slots].some((s) => s.ready),
    gaveUp: () => gaveUp,
    extract(input) {
      return new Promise<Prepared>((resolve) => dispatch({ id: nextId++, input, suspectOf: 0, resolve }));
    },
    started: () => started,
    async close() {
      closing = true;
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}
