// `sidelines start` (what `npm start` runs): when the database (./sidelines.db in the cwd unless
// --db or DATABASE_URL say otherwise) holds no documents, the bundled sample articles are
// ingested into it; then the HTTP API is served and its URL printed. The samples are found from
// the package root, so this works from any cwd.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPipeline, ingestArticle, type Pipeline } from '../../ingest/articlePipeline.ts';
import type { Store } from '../../store/store.ts';
import type { Io } from '../config.ts';
import { withStore } from '../openStoreFor.ts';
import type { ServeConfig } from '../serveConfig.ts';
import { reportFailure } from './extract.ts';
import { serveStore } from './serve.ts';

const SAMPLE_EXTENSIONS = /\.(txt|html?)$/i;

export async function listSamples(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => SAMPLE_EXTENSIONS.test(n)).sort();
}

/** Ingests every sample; returns how many were stored and the engagements they report. */
export async function ingestSamples(
  store: Store,
  pipeline: Pipeline,
  dir: string,
  io: Io,
): Promise<{ stored: number; failed: number; engagements: number }> {
  const summary = { stored: 0, failed: 0, engagements: 0 };
  for (const name of await listSamples(dir)) {
    // A stable source name whatever the cwd: the path inside the package.
    const source = `samples/${name}`;
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dir, name));
    } catch (err) {
      reportFailure(io.stderr, source, err instanceof Error ? err.message : String(err));
      summary.failed += 1;
      continue;
    }
    const outcome = await ingestArticle(store, pipeline, { source, url: null, bytes, format: 'file' });
    if (!outcome.ok) {
      reportFailure(io.stderr, source, outcome.reason);
      summary.failed += 1;
    } else {
      summary.stored += 1;
      summary.engagements += outcome.result.engagements;
    }
  }
  return summary;
}

export async function runStart(config: ServeConfig, io: Io, stop: AbortSignal): Promise<number> {
  return withStore(config.dbUrl, io, { mustExist: false }, async (store) => {
    const pipeline = createPipeline({ maxBytes: config.server.maxBodyBytes });
    const { documents } = await store.stats();
    if (documents === 0) {
      let loaded;
      try {
        loaded = await ingestSamples(store, pipeline, config.samplesDir, io);
      } catch (err) {
        reportFailure(io.stderr, config.samplesDir, err instanceof Error ? err.message : String(err));
        return 1;
      }
      io.stdout.write(
        `Loaded ${loaded.stored} sample articles (${loaded.engagements} engagements) into the database\n`,
      );
      if (loaded.stored === 0) return 1;
    } else {
      io.stdout.write(`The database already holds ${documents} documents; samples not loaded\n`);
    }
    return serveStore(store, config, io, stop, pipeline);
  });
}
