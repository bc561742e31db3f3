// The entry of an extraction worker thread when the CLI runs from its TypeScript sources (see
// extractionPool.ts): a worker cannot load .ts by itself, so tsx is registered here as
// bin/sidelines.js does for the CLI, before the worker's module is imported. Under `node --import
// tsx` the worker inherits that flag as well; a second registration is harmless (measured: same
// start time).
import { register } from 'tsx/esm/api';

register();
await import('./extractionWorkerMain.ts');
