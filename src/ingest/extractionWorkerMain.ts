// The body of an extraction worker thread (see extractionPool.ts): serves the jobs the pool
// posts. Loaded through extractionWorkerEntry.js (which registers tsx first) when the CLI runs
// from its sources, or as dist/extractionWorker.mjs when it runs from its bundle.
import { parentPort, workerData } from 'node:worker_threads';
import { serveExtractions, type WorkerSettings } from './extractionWorker.ts';

if (!parentPort) throw new Error('expected to run in a worker thread, got the main thread');
serveExtractions(parentPort, workerData as WorkerSettings);
