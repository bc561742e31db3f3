// The save batcher on a real SQLite store: batches are written when full, when their first
// document has waited long enough, and on flush; every document gets exactly one result, and a
// failed transaction becomes an error for each document of its batch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createPipeline, prepareArticle, type Pipeline } from '../../src/ingest/articlePipeline.ts';
import { createSaveBatcher } from '../../src/ingest/saveBatcher.ts';
import { openStore, type BatchSaveResult, type PreparedSave, type Store } from '../../src/store/store.ts';
import { expect } from '../expect.ts';

let dir = '';
let pipeline: Pipeline;

function prepared(i: number): PreparedSave {
  const text = `Ministers meet in Lima\n\nLIMA, March ${i + 1} — Peru's Foreign Minister Rosa Tello met Chile's Foreign Minister Andrés Soto on March ${i + 1} to discuss trade and border crossings, note ${i}.`;
  const out = prepareArticle(pipeline, {
    source: `a${i}.txt`,
    url: null,
    bytes: new TextEncoder().encode(text),
    format: 'text',
  });
  if (!out.ok) throw new Error(`expected a prepared article, got ${out.reason}`);
  return out.prepared;
}

async function fresh(name: string): Promise<Store> {
  return openStore({ url: join(dir, `${name}.db`) });
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidelines-batcher-'));
  pipeline = createPipeline();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('save batcher', () => {
  it('writes a batch when it is full, the rest on flush, one result per document in order', async () => {
    const store = await fresh('full');
    const seen: { source: string; result: BatchSaveResult }[] = [];
    const batcher = createSaveBatcher(store, (source, result) => seen.push({ source, result }), {
      maxDocuments: 2,
      maxWaitMs: 60_000,
    });
    await batcher.add('a0', prepared(0));
    expect(seen).toHaveLength(0);
    await batcher.add('a1', prepared(1));
    expect(seen.map((s) => s.source)).toEqual(['a0', 'a1']);
    await batcher.add('a2', prepared(2));
    expect(seen).toHaveLength(2);
    expect((await store.stats()).documents).toBe(2);
    await batcher.flush();
    expect(seen.map((s) => s.source)).toEqual(['a0', 'a1', 'a2']);
    expect(seen.every((s) => 'status' in s.result && s.result.status === 'new')).toBe(true);
    expect((await store.stats()).documents).toBe(3);
    await batcher.flush();
    expect(seen).toHaveLength(3);
    await store.close();
  });

  it('writes a batch whose first document has waited long enough', async () => {
    const store = await fresh('age');
    const seen: string[] = [];
    const batcher = createSaveBatcher(store, (source) => seen.push(source), { maxDocuments: 100, maxWaitMs: 0 });
    await batcher.add('a0', prepared(0));
    expect(seen).toEqual(['a0']);
    await store.close();
  });

  it('turns a failed transaction into an error for each document of the batch', async () => {
    const store = await fresh('closed');
    const seen: BatchSaveResult[] = [];
    const batcher = createSaveBatcher(store, (_source, result) => seen.push(result), {
      maxDocuments: 10,
      maxWaitMs: 60_000,
    });
    await batcher.add('a0', prepared(0));
    await batcher.add('a1', prepared(1));
    await store.close();
    await batcher.flush();
    expect(seen).toHaveLength(2);
    expect(seen.every((r) => 'error' in r && r.error.length > 0)).toBe(true);
  });
});
