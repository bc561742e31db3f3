// Extraction on worker threads (src/ingest/extractionPool.ts, orderedExtraction.ts), with real
// workers: a document's outcome is the one prepareArticle gives on the main thread, after
// structured cloning both ways (Unicode, other encodings, HTML, failures); outcomes come back in
// the order pushed; a document whose extraction throws fails alone; a worker terminated mid-run
// loses and duplicates nothing; a worker that dies before it is ready sends everything back to
// the main thread.
import type { Worker } from 'node:worker_threads';
import { after, before, describe, it } from 'node:test';
import { generateArticle } from '../../bench/generateCorpus.ts';
import { loadVocab } from '../../bench/vocab.ts';
import {
  createPipeline,
  prepareArticle,
  type ArticleInput,
  type Pipeline,
  type Prepared,
} from '../../src/ingest/articlePipeline.ts';
import { createExtractionPool, type ExtractionPool } from '../../src/ingest/extractionPool.ts';
import { createExtractionWorkers } from '../../src/ingest/extractionWorkers.ts';
import { createOrderedExtraction } from '../../src/ingest/orderedExtraction.ts';
import { expect } from '../expect.ts';

let pipeline: Pipeline;
const pools: ExtractionPool[] = [];

before(() => {
  pipeline = createPipeline();
});
after(async () => {
  for (const pool of pools) await pool.close();
});

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const input = (source: string, bytes: Uint8Array, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  source,
  url: null,
  bytes,
  format: 'file',
  ...extra,
});

const MEETING = `Ministers meet in Lima

LIMA, March 3 — Peru's Foreign Minister Rosa Tello met Chile's Foreign Minister Andrés Soto on March 3 to discuss trade.`;

/** Documents that stress cloning: scripts, combining marks, emoji, separators, other encodings. */
function oddInputs(): ArticleInput[] {
  const utf16 = (s: string): Uint8Array => {
    const out = new Uint8Array(2 + s.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + i * 2);
    return out;
  };
  const vietnamese = `Việt Nam và Hoa Kỳ thảo luận hợp tác

HÀ NỘI, ngày 3/3 — Vietnamese Foreign Minister Bùi Thanh Sơn met U.S. Secretary of State Antony Blinken in Hanoi on March 3, 2024 to discuss trade 🇻🇳🤝🇺🇸 and climate.`;
  return [
    input('unicode/vietnamese.txt', utf8(vietnamese)),
    input('unicode/nfd.txt', utf8(vietnamese.normalize('NFD'))),
    input('unicode/separators.txt', utf8(MEETING.replace(/\n/g, '\u2028').replace(' met ', '\u200b met\u00a0'))),
    input('unicode/arabic-cjk.txt', utf8(`${MEETING}\n\nوزير الخارجية 外交部长 외교부 장관 — Ελλάδα`)),
    input('unicode/lone-surrogate-\ud800.txt', utf8(MEETING)),
    input('encoding/utf16.txt', utf16(MEETING)),
    input('encoding/bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(MEETING)])),
    input('encoding/cp1252.txt', new Uint8Array([...utf8(MEETING.slice(0, 40)), 0x93, 0x41, 0x94, 0x0a])),
    input('feed/item', utf8(MEETING), {
      url: 'https://example.org/a?b=1#c',
      format: 'feed-item',
      title: 'Ministers meet — ¿qué?',
      published: '2024-03-04T10:00:00Z',
    }),
    input(
      'html/page.html',
      utf8(`<html><head><title>T</title></head><body><article><p>${MEETING}</p></article></body></html>`),
    ),
    input('fail/empty.txt', new Uint8Array(0)),
    input('fail/binary.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    // A title that is not a string makes prepareSave throw: an internal error, as on this thread.
    input('throws/title.txt', utf8(MEETING), { title: 42 as unknown as string }),
    // A view into a larger buffer: only its own bytes may travel.
    input('view/slice.txt', utf8(`xxxx${MEETING}yyyy`).subarray(4, 4 + utf8(MEETING).length)),
  ];
}

function generated(n: number): ArticleInput[] {
  const vocab = loadVocab();
  return Array.from({ length: n }, (_, i) => {
    const a = generateArticle(11, i, vocab);
    return input(`generated/${a.name}`, utf8(a.text));
  });
}

function pool(onWorker?: (w: Worker) => void, size = 2): ExtractionPool {
  const p = createExtractionPool({
    size,
    settings: { maxBytes: pipeline.maxBytes, version: pipeline.version },
    inline: (i) => prepareArticle(pipeline, i),
    onWorker,
  });
  pools.push(p);
  return p;
}

async function whenReady(p: ExtractionPool): Promise<void> {
  while (!p.ready()) await new Promise((r) => setTimeout(r, 10));
}

describe('extraction on worker threads', () => {
  it('gives what prepareArticle gives on the main thread, after cloning both ways', async () => {
    const inputs = [...oddInputs(), ...generated(40)];
    const sizes = inputs.map((i) => i.bytes.byteLength);
    const p = pool();
    await whenReady(p);
    const outcomes = await Promise.all(inputs.map((i) => p.extract(i)));
    // The caller's bytes stay usable: a copy was transferred.
    expect(inputs.map((i) => i.bytes.byteLength)).toEqual(sizes);
    for (const [k, i] of inputs.entries()) {
      const inline = prepareArticle(pipeline, i);
      expect(structuredClone(inline), i.source).toStrictEqual(inline);
      expect(outcomes[k], i.source).toStrictEqual(inline);
    }
    expect(outcomes.flatMap((o, k) => (o.ok ? [] : [inputs[k]!.source]))).toEqual([
      'encoding/cp1252.txt',
      'fail/empty.txt',
      'fail/binary.png',
      'throws/title.txt',
    ]);
  });

  it('delivers in the order pushed, failures and non-documents in their place', async () => {
    const inputs = generated(60);
    // A title that is not a string makes prepareSave throw: that document alone fails.
    inputs[17] = { ...inputs[17]!, title: 42 as unknown as string };
    const delivered: { entry: string; outcome: Prepared | null }[] = [];
    const workers = createExtractionWorkers({ pipeline, workers: 2, startAfter: 0, waitForWorkers: true });
    const ordered = createOrderedExtraction<string>(
      { extract: (i) => workers.extract(i), maxInFlight: 16, maxInFlightBytes: 1 << 20 },
      async (entry, outcome) => void delivered.push({ entry, outcome }),
    );
    try {
      for (const [k, i] of inputs.entries()) {
        await ordered.push(i.source, i);
        if (k % 10 === 0) await ordered.push(`note-${k}`, null);
      }
      await ordered.drain();
      expect(workers.started()).toBe(2);
    } finally {
      await workers.close();
    }
    const expected = inputs.flatMap((i, k) => [i.source, ...(k % 10 === 0 ? [`note-${k}`] : [])]);
    expect(delivered.map((d) => d.entry)).toEqual(expected);
    const docs = delivered.filter((d) => d.outcome !== null);
    expect(docs).toHaveLength(inputs.length);
    const failed = docs.filter((d) => !d.outcome?.ok);
    expect(failed.map((d) => d.entry)).toEqual([inputs[17]!.source]);
    expect(failed[0]?.outcome).toEqual(prepareArticle(pipeline, inputs[17]!));
    expect(failed[0]?.outcome).toEqual({ ok: false, reason: expect.stringMatching(/^internal error: /) });
  });

  it('re-runs the documents of a worker terminated mid-run, each answered once', async () => {
    const inputs = generated(80);
    let killed = 0;
    const p = pool((w) => {
      let answers = 0;
      w.on('message', (m: { kind: string }) => {
        if (m.kind === 'done' && ++answers === 5 && killed === 0) {
          killed += 1;
          void w.terminate();
        }
      });
    });
    await whenReady(p);
    const outcomes = await Promise.all(inputs.map((i) => p.extract(i)));
    expect(killed).toBe(1);
    expect(p.started()).toBe(3);
    for (const [k, i] of inputs.entries()) expect(outcomes[k], i.source).toStrictEqual(prepareArticle(pipeline, i));
  });

  it('reports a document that was on two workers when they died, and goes on', async () => {
    const inputs = generated(10);
    let deaths = 0;
    // Each of the first two workers is terminated as soon as it is given its jobs: the first
    // job is on both when they die.
    const p = pool((w) => {
      w.on('message', (m: { kind: string }) => {
        if (m.kind === 'ready' && deaths++ < 2) void w.terminate();
      });
    }, 1);
    await new Promise((r) => setTimeout(r, 0));
    const outcomes = await Promise.all(inputs.map((i) => p.extract(i)));
    // Normally the first document; the next one if the worker answered it before it stopped.
    const failed = outcomes.flatMap((o, k) => (o.ok ? [] : [{ k, reason: o.reason }]));
    expect(failed).toEqual([
      {
        k: expect.any(Number),
        reason: 'internal error: an extraction worker died on this document twice (exit code 1)',
      },
    ]);
    for (const [k, i] of inputs.entries())
      if (k !== failed[0]?.k) expect(outcomes[k], i.source).toStrictEqual(prepareArticle(pipeline, i));
    expect(p.started()).toBe(3);
  });

  it('extracts on the main thread when a worker dies before it is ready', async () => {
    const reasons: string[] = [];
    const p = createExtractionPool({
      size: 1,
      settings: { maxBytes: pipeline.maxBytes, version: pipeline.version },
      inline: (i) => prepareArticle(pipeline, i),
      onGiveUp: (reason) => reasons.push(reason),
      onWorker: (w) => void w.terminate(),
    });
    pools.push(p);
    const inputs = generated(5);
    const outcomes = await Promise.all(inputs.map((i) => p.extract(i)));
    for (const [k, i] of inputs.entries()) expect(outcomes[k]).toStrictEqual(prepareArticle(pipeline, i));
    expect(reasons).toEqual([expect.stringMatching(/^expected an extraction worker to start, got exit code \d+/)]);
    expect(p.ready()).toBe(false);
    expect(p.started()).toBe(1);
  });
});
