// The entry of an extraction worker thread (see extractionPool.ts). A worker cannot load .ts by
// itself, so tsx is registered here as bin/sidelines.js does for the CLI, before the TypeScript
// module is imported. Under `node --import tsx` the worker inherits that flag as well; a second
// registration is harmless (measured: same start time).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { serveExtractions } = await import('./extractionWorker.ts');
if (!parentPort) throw new Error('expected to run in a worker thread, got the main thread');
serveExtractions(parentPort, workerData);
