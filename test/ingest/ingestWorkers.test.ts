// The ingest loop (ingestInputs) with extraction workers, in process so a test can reach the
// workers: a worker terminated mid-run loses and duplicates nothing (the database equals the one
// extracted on the main thread), runs sharing workers (watch's polls) start them once, and a
// small run with the default settings starts no worker.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { after, before, describe, it } from 'node:test';
import { generateArticle } from '../../bench/generateCorpus.ts';
import { loadVocab } from '../../bench/vocab.ts';
import type { Io } from '../../src/cli/config.ts';
import { createIngestWorkers, ingestInputs, type IngestRunOptions } from '../../src/cli/commands/ingest.ts';
import { parseIngestConfig } from '../../src/cli/ingestConfig.ts';
import type { IngestSummary } from '../../src/cli/ingestSummary.ts';
import { createPipeline, type Pipeline } from '../../src/ingest/articlePipeline.ts';
import { WORKERS_START_AFTER } from '../../src/ingest/extractionLimits.ts';
import { openStore } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { sqliteContents } from './sqliteContents.ts';

const ARTICLES = 150;
let dir = '';
let corpus = '';
let pipeline: Pipeline;

function io(): Io {
  return { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), env: {}, cwd: dir };
}

/** Ingests `inputs` into a fresh database `name`; the options are the command line's. */
async function ingest(
  name: string,
  inputs: string[],
  options: Record<string, string>,
  run: IngestRunOptions = {},
): Promise<{ db: string; summary: IngestSummary; workers: number }> {
  const db = join(dir, `${name}.db`);
  const config = parseIngestConfig('ingest', inputs, { db, json: true, ...options }, io());
  const store = await openStore({ url: db });
  let workers = 0;
  try {
    const summary = await ingestInputs(store, pipeline, config, io(), {
      ...run,
      onWorker: (w) => {
        workers += 1;
        run.onWorker?.(w);
      },
    });
    return { db, summary, workers };
  } finally {
    await store.close();
  }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidelines-ingest-workers-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const vocab = loadVocab();
  for (let i = 0; i < ARTICLES; i++) {
    const a = generateArticle(5, i, vocab);
    writeFileSync(join(corpus, a.name), a.text);
  }
  pipeline = createPipeline();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest with extraction workers', () => {
  it('loses and duplicates nothing when a worker is terminated mid-run', async () => {
    // Batches small enough that the 5 s wait bound never cuts one: both runs save the same batches.
    const inline = await ingest('inline', [corpus], { workers: '0', batch: '20' });
    expect(inline.workers).toBe(0);
    let killed = false;
    const killedRun = await ingest(
      'killed',
      [corpus],
      { workers: '1', batch: '20' },
      {
        onWorker: (w: Worker) => {
          let answers = 0;
          w.on('message', (m: { kind: string }) => {
            if (m.kind === 'done' && ++answers === 10 && !killed) {
              killed = true;
              void w.terminate();
            }
          });
        },
      },
    );
    expect(killed).toBe(true);
    expect(killedRun.workers).toBe(2);
    const comparable = (s: IngestSummary): IngestSummary => ({ ...s, seconds: 0, db: '' });
    expect(comparable(killedRun.summary)).toEqual(comparable(inline.summary));
    expect(killedRun.summary.new).toBe(ARTICLES);
    expect(sqliteContents(killedRun.db)).toEqual(sqliteContents(inline.db));
  });

  it('shares one set of workers between runs (watch polls), stopped by its owner only', async () => {
    const db = join(dir, 'shared.db');
    const config = parseIngestConfig('watch', [corpus], { db, json: true, workers: '1', batch: '20' }, io());
    let started = 0;
    let answered = 0;
    const workers = createIngestWorkers(pipeline, config, io(), (w) => {
      started += 1;
      w.on('message', (m: { kind: string }) => void (m.kind === 'done' && (answered += 1)));
    });
    const store = await openStore({ url: db });
    try {
      const first = await ingestInputs(store, pipeline, config, io(), { workers });
      // The second run finds every document stored: extracted again on the same worker all the same.
      const second = await ingestInputs(store, pipeline, config, io(), { workers });
      expect([first.new, second.new, second.unchanged]).toEqual([ARTICLES, 0, ARTICLES]);
      expect(started).toBe(1);
      expect(answered).toBe(2 * ARTICLES);
      expect(workers.started()).toBe(1);
    } finally {
      await workers.close();
      await store.close();
    }
    // Closed, the workers are gone and documents are extracted here rather than wait for them.
    const [one] = readdirSync(corpus);
    const outcome = workers.extract({ source: 'x', url: null, bytes: readFileSync(join(corpus, one!)), format: null });
    expect(outcome).not.toBeInstanceOf(Promise);
  });

  it('starts no worker for a small run with --workers auto (nor by default)', async () => {
    const few = join(dir, 'few');
    mkdirSync(few);
    for (let i = 0; i < 20; i++) writeFileSync(join(few, `a${i}.txt`), generateArticle(9, i, loadVocab()).text);
    expect(parseIngestConfig('ingest', [few], {}, io()).workers).toBe(0);
    expect(parseIngestConfig('ingest', [few], { workers: 'auto' }, io()).workersAsked).toBe(false);
    expect(20).toBeLessThan(WORKERS_START_AFTER);
    const run = await ingest('few', [few], { workers: 'auto' });
    expect(run.summary.new).toBe(20);
    expect(run.workers).toBe(0);
  });
});
