// The write path on every backend: idempotent ingest, new versions, syndicated copies, one
// engagement from two articles, re-extraction, and the people registry with its CSV.
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { parseCsv } from '../../src/store/csv.ts';
import { expect } from '../expect.ts';
import { run } from '../helpers.ts';
import {
  JPN_PHL_CALL_V1,
  JPN_PHL_CALL_V2,
  THA_KEN_VISIT,
  VNM_BLR_MFA,
  VNM_BLR_SYNDICATED,
  VNM_BLR_VNA,
} from './articles.ts';
import { backends } from './backends.ts';
import { PIPELINE, save } from './corpus.ts';

for (const backend of backends) {
  describe(`store write path (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    const ids: Record<string, number> = {};
    const blrVnm = async () => (await store.engagements({ pair: ['VNM', 'BLR'] })).items;

    before(async () => ({ store, cleanup } = await backend.open()));
    after(async () => cleanup?.());

    it('stores a document once: the same text again is a no-op', async () => {
      const first = await save(store, VNM_BLR_VNA, 'vna.txt');
      expect(first.status).toBe('new');
      ids.vna = first.documentId;
      const again = await save(store, VNM_BLR_VNA, 'elsewhere/vna-copy.txt');
      expect(again).toMatchObject({ status: 'unchanged', documentId: first.documentId });
      expect((await save(store, `${VNM_BLR_VNA}\n\n`, 'vna.txt')).status).toBe('unchanged');
      expect(await store.stats()).toMatchObject({ documents: 1, engagements: 1, sources: 1 });
      expect((await store.document(first.documentId))?.text).toBe(run(VNM_BLR_VNA).doc.text);
    });

    it("merges the other side's report of the same meeting into one engagement", async () => {
      const mfa = await save(store, VNM_BLR_MFA, 'mfa.by/news.txt');
      expect(mfa).toMatchObject({ status: 'new', nearDuplicateOf: null });
      ids.mfa = mfa.documentId;
      const [e, ...rest] = await blrVnm();
      expect(rest).toHaveLength(0);
      expect(e!.sources.map((s) => s.documentId)).toEqual([ids.vna, ids.mfa]);
      expect(e!.date).toBe('2024-07-10');
      expect(e!.topics).toEqual(expect.arrayContaining(['agriculture', 'health', 'trade']));
      expect(e!.participants.map((p) => p.name).sort()).toEqual(['Bùi Thanh Sơn', 'Maxim Ryzhenkov']);
      expect(e!.requests.map((r) => [r.by, r.of, r.kind])).toEqual([['VNM', 'BLR', 'candidacy_support']]);
      // Evidence spans point into each source's own text.
      const mfaSource = e!.sources.find((s) => s.documentId === ids.mfa)!;
      const text = (await store.document(ids.mfa!))!.text;
      const quoted = mfaSource.evidence.spans.map((s) => text.slice(s.start, s.end)).join(' ');
      expect(quoted).toContain('Ryzhenkov');
    });

    it('links a syndicated copy and does not count its engagement twice', async () => {
      const syn = await save(store, VNM_BLR_SYNDICATED, 'agency/syndicated.txt');
      expect(syn).toMatchObject({ status: 'new', nearDuplicateOf: ids.vna });
      ids.syn = syn.documentId;
      const [e, ...rest] = await blrVnm();
      expect(rest).toHaveLength(0);
      expect(e!.sources.map((s) => [s.documentId, s.syndicated])).toEqual([
        [ids.vna, false],
        [ids.mfa, false],
        [ids.syn, true],
      ]);
      expect(await store.stats()).toMatchObject({ documents: 3, nearDuplicates: 1, engagements: 1 });
      expect((await store.dossier('BLR')).anniversaries).toHaveLength(1);
    });

    it('stores new text at a known URL as a new version that replaces the old one', async () => {
      const url = 'https://www.mofa.go.jp/press/release/2024/10/call.html';
      const v1 = await save(store, JPN_PHL_CALL_V1, url, { url });
      expect(v1.status).toBe('new');
      expect((await store.pairTimeline('JPN', 'PHL')).items.map((e) => e.date)).toEqual(['2024-10-07']);
      const v2 = await save(store, JPN_PHL_CALL_V2, url, { url });
      expect(v2).toMatchObject({ status: 'new-version', previousVersionId: v1.documentId });
      const timeline = (await store.pairTimeline('JPN', 'PHL')).items;
      expect(timeline.map((e) => [e.date, e.sources.map((s) => s.documentId)])).toEqual([
        ['2024-10-06', [v2.documentId]],
      ]);
      expect((await store.search('Nakamura')).items.map((h) => h.documentId)).toEqual([v2.documentId]);
      expect((await store.dossier('JPN')).anniversaries).toHaveLength(1);
      expect((await store.stats()).documents).toBe(4);
      expect((await save(store, JPN_PHL_CALL_V2, url, { url })).status).toBe('unchanged');
    });

    it('learns people: one person across spellings, with aliases and offices', async () => {
      const son = await store.person('Bui Thanh Son');
      expect(son).not.toBeNull();
      expect(son!.name).toBe('Bùi Thanh Sơn');
      expect(son!.affiliation).toBe('VNM');
      expect(son!.aliases).toEqual(expect.arrayContaining(['Bùi Thanh Sơn', 'Bui Thanh Son', 'Sơn', 'Son']));
      expect(son!.offices.map((o) => [o.affiliation, o.from, o.to])).toContainEqual([
        'VNM',
        '2024-07-10',
        '2024-07-10',
      ]);
      expect((await store.person('SƠN'))?.id).toBe(son!.id);
      expect((await store.person(son!.id))?.name).toBe('Bùi Thanh Sơn');
      expect(await store.person('Nobody Known')).toBeNull();
    });

    it('re-extraction replaces contributions and deletes engagements left without sources', async () => {
      const tha = await save(store, THA_KEN_VISIT, 'tha.txt');
      expect((await store.pairTimeline('KEN', 'THA')).total).toBe(2);
      const { doc, record } = run(THA_KEN_VISIT, 'tha.txt');
      const visitOnly = { ...record, events: record.events.filter((e) => e.type === 'visit') };
      await store.replaceExtraction(tha.documentId, visitOnly, doc, 'test-2');
      expect((await store.pairTimeline('KEN', 'THA')).items.map((e) => e.type)).toEqual(['visit']);
      const stale = await store.staleDocuments('test-2', 100);
      expect(stale.map((d) => d.id)).not.toContain(tha.documentId);
      expect(stale.map((d) => d.id)).toEqual(expect.arrayContaining([ids.vna, ids.mfa, ids.syn]));
      expect((await store.staleDocuments(PIPELINE, 100)).map((d) => d.id)).toEqual([tha.documentId]);

      // Withdrawing one of three sources rebuilds the merged engagement from the other two.
      const mfa = run(VNM_BLR_MFA, 'mfa.by/news.txt');
      await store.replaceExtraction(ids.mfa!, { ...mfa.record, events: [] }, mfa.doc, 'test-2');
      let [e] = await blrVnm();
      expect(e!.sources.map((s) => s.documentId)).toEqual([ids.vna, ids.syn]);
      expect(e!.topics).not.toContain('health');
      await store.replaceExtraction(ids.mfa!, mfa.record, mfa.doc, 'test-2');
      [e] = await blrVnm();
      expect(e!.sources.map((s) => s.documentId).sort()).toEqual([ids.vna, ids.mfa, ids.syn].sort());
      expect(e!.topics).toContain('health');
      await expect(store.replaceExtraction(999_999, mfa.record, mfa.doc, 'x')).rejects.toThrow(/no document/);
    });

    it('imports people from CSV and exports the registry in the same format', async () => {
      const csv = [
        'name,aliases,affiliation,office,from,to',
        'Maxim Ryzhenkov,Maksim Ryzhenkov|Максим Рыженков,BLR,Minister of Foreign Affairs,2024-04,',
        '"Quinn, Avery",Avery Quinn,usa,Ambassador to Vietnam,2020,2022-06',
        ',,,,,',
        'Bad Dates,,USA,Envoy,soon,',
      ].join('\r\n');
      const result = await store.importPeopleCsv(csv);
      expect(result).toMatchObject({ rows: 4, created: 1, updated: 1 });
      expect(result.skipped.map((s) => s.line)).toEqual([4, 5]);
      const ryzhenkov = await store.person('Maksim Ryzhenkov');
      expect(ryzhenkov?.name).toBe('Maxim Ryzhenkov');
      expect(ryzhenkov?.offices.map((o) => [o.title, o.from])).toContainEqual([
        'Minister of Foreign Affairs',
        '2024-04-01',
      ]);
      expect((await store.person('Максим Рыженков'))?.id).toBe(ryzhenkov?.id);

      const rows = parseCsv(await store.exportPeopleCsv());
      expect(rows[0]).toEqual(['name', 'aliases', 'affiliation', 'office', 'from', 'to']);
      expect(rows).toContainEqual([
        'Quinn, Avery',
        'Avery Quinn',
        'USA',
        'Ambassador to Vietnam',
        '2020-01-01',
        '2022-06-30',
      ]);
      const before = (await store.stats()).people;
      const again = await store.importPeopleCsv(await store.exportPeopleCsv());
      expect(again).toMatchObject({ created: 0, skipped: [] });
      expect((await store.stats()).people).toBe(before);
    });

    it('keeps the per-party counters equal to counts over the engagements themselves', async () => {
      const { items } = await store.engagements({}, { limit: 200 });
      for (const party of ['BLR', 'JPN', 'KEN', 'PHL', 'THA', 'VNM']) {
        const mine = items.filter((e) => e.parties.includes(party));
        const year = (e: (typeof items)[number]) =>
          (e.date ?? e.sources.map((s) => s.published).find((p) => p) ?? null)?.slice(0, 4) ?? null;
        const perYear = new Map<string | null, number>();
        const topics = new Map<string, number>();
        for (const e of mine) {
          perYear.set(year(e), (perYear.get(year(e)) ?? 0) + 1);
          for (const t of e.topics) topics.set(`${year(e)} ${t}`, (topics.get(`${year(e)} ${t}`) ?? 0) + 1);
        }
        const d = await store.dossier(party);
        expect(d.engagements, party).toBe(mine.length);
        const counterparts = new Map<string, number>();
        for (const e of mine)
          for (const other of new Set(e.parties))
            if (other !== party) counterparts.set(other, (counterparts.get(other) ?? 0) + 1);
        expect(new Map(d.counterparts.map((c) => [c.party, c.engagements])), party).toEqual(counterparts);
        // The party's listing (read off its own date index) holds the same engagements, in order.
        const listed = (await store.engagements({ party }, { limit: 200 })).items.map((e) => e.id);
        expect(listed, party).toEqual(mine.map((e) => e.id));
        expect(new Map(d.perYear.map((y) => [y.year, y.engagements])), party).toEqual(perYear);
        expect(new Map(d.topicsPerYear.map((t) => [`${t.year} ${t.topic}`, t.engagements])), party).toEqual(topics);
      }
    });
  });
}
