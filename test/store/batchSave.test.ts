// Store.saveExtractions on every backend: several documents in one transaction, each in its own
// savepoint. A document that fails is rolled back alone (its row, its engagements and its party
// counts), the others are kept, and a text twice in one batch is stored once.
import { after, before, describe, it } from 'node:test';
import { prepareSave, type PreparedSave, type Store } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { run } from '../helpers.ts';
import { JPN_PHL_CALL_V1, THA_KEN_VISIT, VNM_BLR_MFA, VNM_BLR_VNA } from './articles.ts';
import { backends } from './backends.ts';
import { PIPELINE } from './corpus.ts';
import { generateArticle } from '../../bench/generateCorpus.ts';
import { loadVocab } from '../../bench/vocab.ts';

function prepared(text: string, source: string): PreparedSave {
  const { doc, record } = run(text, source);
  return prepareSave({
    source,
    url: null,
    text: doc.text,
    title: doc.title,
    published: record.published,
    format: 'text',
    record,
    doc,
    pipelineVersion: PIPELINE,
  });
}

/** A document whose first event breaks a NOT NULL column, so its save fails after its own row
 * and some of its engagements' rows were written. */
function broken(text: string, source: string): PreparedSave {
  const p = prepared(text, source);
  const [first, ...rest] = p.contribution.events;
  if (!first) throw new Error(`expected an event in ${source}, got none`);
  const badFirst = { ...first, record: { ...first.record, type: null as unknown as string } };
  return { ...p, contribution: { ...p.contribution, events: [...rest, badFirst] } };
}

for (const backend of backends) {
  describe(`batch save (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await backend.open()));
    after(async () => cleanup?.());

    it('keeps the good documents of a batch and rolls a failing one back alone', async () => {
      const results = await store.saveExtractions([
        prepared(VNM_BLR_VNA, 'a.txt'),
        broken(THA_KEN_VISIT, 'bad.txt'),
        prepared(VNM_BLR_VNA, 'a-again.txt'),
        prepared(JPN_PHL_CALL_V1, 'b.txt'),
      ]);
      expect(results.map((r) => ('error' in r ? 'error' : r.status))).toEqual(['new', 'error', 'unchanged', 'new']);
      expect(results[1]).toMatchObject({ error: expect.stringMatching(/null|constraint/i) });
      const stats = await store.stats();
      expect(stats.documents).toBe(2);
      expect((await store.engagements({ party: 'KEN' })).total).toBe(0);
      // Nothing of the failed document reached the counters either.
      expect((await store.dossier('KEN')).engagements).toBe(0);
      expect((await store.dossier('THA')).engagements).toBe(0);
      expect((await store.dossier('VNM')).engagements).toBe(1);
    });

    it('stores the failed document on a later batch, exactly once', async () => {
      const results = await store.saveExtractions([
        prepared(THA_KEN_VISIT, 'bad.txt'),
        prepared(JPN_PHL_CALL_V1, 'b.txt'),
      ]);
      expect(results.map((r) => ('error' in r ? r.error : r.status))).toEqual(['new', 'unchanged']);
      expect((await store.stats()).documents).toBe(3);
      const ken = await store.engagements({ party: 'KEN' });
      expect(ken.total).toBeGreaterThan(0);
      expect((await store.dossier('KEN')).engagements).toBe(ken.total);
    });

    it('joins the other side of a meeting saved earlier in the same batch', async () => {
      const results = await store.saveExtractions([prepared(VNM_BLR_MFA, 'mfa.txt')]);
      expect(results[0]).toMatchObject({ status: 'new' });
      expect((await store.engagements({ pair: ['VNM', 'BLR'] })).total).toBe(1);
    });

    it('saves a big batch that has to fall back document by document (in several transactions on PostgreSQL)', async () => {
      const vocab = loadVocab();
      const batch = Array.from({ length: 64 }, (_, i) => {
        const a = generateArticle(11, i, vocab);
        return i === 40 ? broken(a.text, `gen/${a.name}`) : prepared(a.text, `gen/${a.name}`);
      });
      const before = (await store.stats()).documents;
      const results = await store.saveExtractions(batch);
      expect(results.map((r, i) => ('error' in r ? i : -1)).filter((i) => i >= 0)).toEqual([40]);
      expect((await store.stats()).documents).toBe(before + 63);
    });

    it('does nothing for an empty batch', async () => {
      expect(await store.saveExtractions([])).toEqual([]);
    });
  });
}
