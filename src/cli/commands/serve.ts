// `sidelines serve`: the HTTP API on --host:--port over the database, until SIGINT/SIGTERM.
// `start` (commands/start.ts) runs the same after filling an empty database with the samples.
import type { Pipeline } from '../../ingest/articlePipeline.ts';
import { createApp } from '../../server/createApp.ts';
import { createFetchArticle } from '../../server/fetchArticle.ts';
import { listen } from '../../server/listen.ts';
import type { Store } from '../../store/store.ts';
import type { Io } from '../config.ts';
import { displayDb, EXIT_FAILED, withStore } from '../openStoreFor.ts';
import type { ServeConfig } from '../serveConfig.ts';

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Serves the API over an open store until `stop` fires; the exit code. */
export async function serveStore(
  store: Store,
  config: ServeConfig,
  io: Io,
  stop: AbortSignal,
  pipeline?: Pipeline,
): Promise<number> {
  const app = createApp({
    store,
    config: config.server,
    ...(pipeline ? { pipeline } : {}),
    fetchArticle: createFetchArticle({ maxBytes: config.server.maxBodyBytes }),
    web: { log: (line) => io.stderr.write(`${line}\n`) },
    logError: (err) => io.stderr.write(`sidelines: API error: ${err instanceof Error ? err.message : String(err)}\n`),
  });
  let server;
  try {
    server = await listen(app, { port: config.port, host: config.host });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? 'address already in use' : err instanceof Error ? err.message : String(err);
    io.stderr.write(`sidelines: cannot listen on ${config.host}:${config.port}: ${reason}\n`);
    return EXIT_FAILED;
  }
  const writes = config.server.token ? 'enabled (bearer token)' : 'disabled (set SIDELINES_API_TOKEN to enable)';
  io.stdout.write(
    `Sidelines API listening on ${server.url}\n` +
      `  database  ${displayDb(config.dbUrl)}\n` +
      `  web UI    ${server.url}/\n` +
      `  OpenAPI   ${server.url}/openapi.json\n` +
      `  writes    ${writes}\n`,
  );
  await untilAborted(stop);
  await server.close();
  return 0;
}

export async function runServe(config: ServeConfig, io: Io, stop: AbortSignal): Promise<number> {
  return withStore(config.dbUrl, io, { mustExist: false }, (store) => serveStore(store, config, io, stop));
}
