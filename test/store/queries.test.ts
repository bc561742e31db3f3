// Every query on every backend, over a small corpus of real extractions, and every filter fed
// strings that would break spliced SQL, LIKE patterns or FTS syntax.
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import * as A from './articles.ts';
import { backends } from './backends.ts';
import { HOSTILE, save } from './corpus.ts';

const CORPUS: [string, string][] = [
  ['vna.txt', A.VNM_BLR_VNA],
  ['mfa.txt', A.VNM_BLR_MFA],
  ['syndicated.txt', A.VNM_BLR_SYNDICATED],
  ['mofa.txt', A.JPN_PHL_CALL_V2],
  ['state.txt', A.VNM_USA_READOUT],
  ['tha.txt', A.THA_KEN_VISIT],
];

for (const backend of backends) {
  describe(`store queries (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    const pairs = async (filter: Parameters<Store['engagements']>[0]) =>
      (await store.engagements(filter, { limit: 200 })).items.map((e) => e.parties.join('-')).sort();

    before(async () => {
      ({ store, cleanup } = await backend.open());
      for (const [source, text] of CORPUS) await save(store, text, source);
    });
    after(async () => cleanup?.());

    it('filters engagements by party, pair, person, type, status and topic', async () => {
      expect(await pairs({})).toEqual(['BLR-VNM', 'JPN-PHL', 'KEN-THA', 'KEN-THA', 'USA-VNM']);
      expect(await pairs({ party: 'vnm' })).toEqual(['BLR-VNM', 'USA-VNM']);
      expect(await pairs({ pair: ['USA', 'VNM'] })).toEqual(['USA-VNM']);
      expect(await pairs({ pair: ['JPN', 'VNM'] })).toEqual([]);
      expect(await pairs({ person: 'Bui Thanh Son' })).toEqual(['BLR-VNM', 'USA-VNM']);
      expect(await pairs({ person: 'Antony Blinken' })).toEqual(['USA-VNM']);
      const son = await store.person('Bùi Thanh Sơn');
      expect(await pairs({ person: son!.id })).toEqual(['BLR-VNM', 'USA-VNM']);
      expect(await pairs({ person: String(son!.id) })).toEqual(['BLR-VNM', 'USA-VNM']);
      expect(await pairs({ type: 'call' })).toEqual(['JPN-PHL']);
      expect(await pairs({ status: 'planned' })).toEqual([]);
      expect(await pairs({ topic: 'maritime' })).toEqual(['JPN-PHL', 'USA-VNM']);
      expect(await pairs({ party: 'VNM', topic: 'human_rights' })).toEqual(['BLR-VNM']);
    });

    it('filters by occasion substring, date range and full text over the sources', async () => {
      expect(await pairs({ occasion: 'general ASSEMBLY' })).toEqual(['USA-VNM']);
      expect(await pairs({ occasion: '78th UN' })).toEqual(['USA-VNM']);
      expect(await pairs({ from: '2024' })).toEqual(['BLR-VNM', 'JPN-PHL', 'KEN-THA', 'KEN-THA']);
      expect(await pairs({ to: '2023' })).toEqual(['USA-VNM']);
      expect(await pairs({ from: '2024-07-10', to: '2024-07-10' })).toEqual(['BLR-VNM']);
      expect(await pairs({ from: '2024-03', to: '2024-03' })).toEqual(['KEN-THA', 'KEN-THA']);
      expect(await pairs({ q: 'Great Stone industrial park' })).toEqual(['BLR-VNM']);
      expect(await pairs({ q: 'viet nam' })).toEqual(['BLR-VNM']);
      expect(await pairs({ q: 'avocados', party: 'THA' })).toEqual(['KEN-THA', 'KEN-THA']);
      expect(await pairs({ q: 'avocados', party: 'VNM' })).toEqual([]);
    });

    it('pages newest first with a total, capping the limit at 200', async () => {
      const first = await store.engagements({}, { limit: 2 });
      expect(first.total).toBe(5);
      expect(first.items.map((e) => e.date)).toEqual(['2024-10-06', '2024-07-10']);
      const last = await store.engagements({}, { limit: 2, offset: 4 });
      expect(last.items.map((e) => e.date)).toEqual(['2023-09-21']);
      expect((await store.engagements({}, { limit: 10_000, offset: -5 })).limit).toBe(200);
      expect((await store.engagements({}, { limit: Number.NaN })).items).toHaveLength(5);
      const [item] = (await store.engagements({ pair: ['BLR', 'VNM'] })).items;
      expect(item).toMatchObject({ type: 'talks', city: 'Minsk', country: 'BLR' });
      expect(item!.sources).toHaveLength(3);
      expect(item!.sources[0]!.evidence.spans.length).toBeGreaterThan(0);
      expect(item!.sources[0]!.evidence.fields.date).toMatchObject({ provenance: 'stated' });
    });

    it("builds a party's dossier", async () => {
      const d = await store.dossier('VNM', { today: '2025-01-01' });
      expect(d.engagements).toBe(2);
      expect(d.counterparts).toEqual([
        { party: 'BLR', engagements: 1 },
        { party: 'USA', engagements: 1 },
      ]);
      expect(d.perYear).toEqual([
        { year: '2023', engagements: 1 },
        { year: '2024', engagements: 1 },
      ]);
      expect(d.topicsPerYear).toContainEqual({ year: '2024', topic: 'human_rights', engagements: 1 });
      expect(d.requestsMade).toEqual([{ kind: 'candidacy_support', of: 'BLR', count: 1 }]);
      expect(d.requestsReceived).toEqual([]);
      expect(d.anniversaries).toEqual([
        { parties: ['BLR', 'VNM'], ordinal: 35, year: 2027, subject: 'diplomatic_relations', upcoming: true },
      ]);
      expect(d.partnerships.map((p) => [p.parties, p.level, p.date])).toEqual([
        [['USA', 'VNM'], 'comprehensive_strategic', '2023-09-21'],
      ]);
      expect(d.officeholders.map((p) => p.name)).toEqual(['Bùi Thanh Sơn']);
      expect(d.officeholders[0]!.offices.length).toBeGreaterThan(0);

      const jpn = await store.dossier('jpn', { today: '2025-01-01' });
      expect(jpn.requestsReceived).toEqual([{ kind: 'assistance', by: 'PHL', count: 1 }]);
      expect(jpn.partnerships.map((p) => p.level)).toEqual(['strategic']);
      const tha = await store.dossier('THA', { today: '2028-06-01' });
      expect(tha.anniversaries.map((a) => [a.ordinal, a.upcoming])).toEqual([[60, false]]);
      expect(tha.requestsReceived).toEqual([{ kind: 'market_access', by: 'KEN', count: 1 }]);
    });

    it('profiles a person and draws a pair timeline', async () => {
      const p = await store.person('Son Bui Thanh');
      expect(p?.engagements.map((e) => e.parties.join('-'))).toEqual(['BLR-VNM', 'USA-VNM']);
      expect(p?.counterparts.map((c) => c.name).sort()).toEqual(['Antony J. Blinken', 'Maxim Ryzhenkov']);
      const timeline = (await store.pairTimeline('THA', 'ken')).items;
      expect(timeline.map((e) => [e.date, e.type]).sort()).toEqual([
        ['2024-03-04', 'talks'],
        ['2024-03-04', 'visit'],
      ]);
      expect(await store.pairTimeline('VNM', 'PHL')).toMatchObject({ items: [], total: 0 });
    });

    it('searches the articles with snippets, rank and pages', async () => {
      const hits = await store.search('Ryzhenkov');
      expect(hits.total).toBe(3);
      expect(hits.items.every((h) => h.snippet.includes('«Ryzhenkov»'))).toBe(true);
      const vietNam = await store.search('Viet Nam');
      expect(vietNam.items.map((h) => h.source).sort()).toEqual(['syndicated.txt', 'vna.txt']);
      expect(vietNam.items[0]!.snippet).toContain('«Việt» «Nam»');
      const paged = await store.search('Ryzhenkov', { limit: 1, offset: 1 });
      expect([paged.total, paged.items.length]).toEqual([3, 1]);
      expect((await store.search('semiconductors')).items.map((h) => h.source)).toEqual(['state.txt']);
      expect((await store.search('')).total).toBe(0);
    });

    it('reports stats', async () => {
      expect(await store.stats()).toMatchObject({
        documents: 6,
        nearDuplicates: 1,
        engagements: 5,
        pipelineVersions: [{ version: 'test-1', documents: 6 }],
      });
    });

    it('keeps injection strings, wildcards and FTS syntax inert in every filter', async () => {
      for (const h of HOSTILE) {
        const filters = [
          { party: h },
          { pair: [h, 'VNM'] as [string, string] },
          { person: h },
          { type: h },
          { status: h },
          { topic: h },
          { occasion: h },
          { from: h },
          { to: h },
          { q: h },
        ];
        for (const filter of filters) {
          const res = await store.engagements(filter);
          expect(res.total, `${JSON.stringify(filter)}`).toBe(0);
        }
        expect((await store.search(h)).total, `search ${JSON.stringify(h)}`).toBe(0);
        expect((await store.dossier(h)).engagements).toBe(0);
        expect(await store.person(h)).toBeNull();
        expect(await store.pairTimeline(h, 'VNM')).toMatchObject({ items: [], total: 0 });
      }
      expect((await store.stats()).documents).toBe(6);
      expect((await store.engagements({})).total).toBe(5);
    });
  });
}
