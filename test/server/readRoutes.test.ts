// Every read endpoint over a real store filled by the pipeline (SQLite; PostgreSQL too when
// TEST_DATABASE_URL is set): filters, pagination, the dossier, people, pairs, search, documents
// with their evidence offsets, stats, /openapi.json and /healthz.
import { after, before, describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { backends, items, obj, openFixture, type Fixture } from './fixture.ts';

const HAI = encodeURIComponent('Nguyễn Văn Hải');

for (const backend of backends)
  describe(`read endpoints (${backend.name})`, { skip: backend.skip }, () => {
    let f: Fixture;
    before(async () => {
      f = await openFixture(backend);
    });
    after(async () => f?.cleanup());

    const list = async (query: string): Promise<{ total: number; rows: Record<string, unknown>[] }> => {
      const r = await f.get(`/api/engagements${query}`);
      expect(r.status, `${query}: ${JSON.stringify(r.body)}`).toBe(200);
      return { total: obj(r.body).total as number, rows: items(r.body) };
    };

    it('GET /healthz', async () => {
      const r = await f.get('/healthz');
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'ok' });
    });

    it('GET /api/engagements lists everything newest first, with sources and evidence', async () => {
      const { total, rows } = await list('');
      expect(total).toBe(7);
      const dates = rows.map((e) => e.date as string);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const e of rows) expect((e.sources as unknown[]).length).toBeGreaterThan(0);
    });

    const filters: [string, number, (e: Record<string, unknown>) => boolean][] = [
      ['?party=VNM', 5, (e) => (e.parties as string[]).includes('VNM')],
      ['?party=vnm', 5, (e) => (e.parties as string[]).includes('VNM')],
      ['?pair=VNM,USA', 3, (e) => ['VNM', 'USA'].every((p) => (e.parties as string[]).includes(p))],
      ['?pair=usa, vnm', 3, (e) => (e.parties as string[]).includes('USA')],
      [`?person=${HAI}`, 5, (e) => JSON.stringify(e.participants).includes('Hải')],
      ['?person=Nguyen%20Van%20Hai', 5, (e) => JSON.stringify(e.participants).includes('Hải')],
      ['?type=call', 2, (e) => e.type === 'call'],
      ['?status=held', 7, (e) => e.status === 'held'],
      ['?topic=maritime', 2, (e) => (e.topics as string[]).includes('maritime')],
      ['?occasion=asean%20foreign%20ministers', 1, (e) => /ASEAN/.test(String(e.occasion))],
      ['?from=2024&to=2024-06', 2, (e) => String(e.date) >= '2024-01-01' && String(e.date) <= '2024-06-30'],
      ['?from=2023-09-21&to=2023-09-21', 1, (e) => e.date === '2023-09-21'],
      ['?q=expressway', 1, (e) => (e.parties as string[]).includes('JPN')],
      ['?party=VNM&type=call&from=2024', 2, (e) => e.type === 'call'],
      ['?pair=VNM,JPN&type=meeting', 0, () => false],
    ];
    for (const [query, expected, holds] of filters)
      it(`GET /api/engagements${query} → ${expected}`, async () => {
        const { total, rows } = await list(query);
        expect(total).toBe(expected);
        expect(rows).toHaveLength(expected);
        for (const e of rows) expect(holds(e), JSON.stringify(e)).toBe(true);
      });

    it('pages through the list without gaps or repeats', async () => {
      const { rows: all } = await list('?limit=200');
      const seen: unknown[] = [];
      for (let offset = 0; offset < 10; offset += 3) {
        const page = await f.get(`/api/engagements?limit=3&offset=${offset}`);
        expect(page.body).toMatchObject({ total: 7, limit: 3, offset });
        seen.push(...items(page.body).map((e) => e.id));
      }
      expect(seen).toEqual(all.map((e) => e.id));
      const beyond = await list('?offset=50');
      expect(beyond).toEqual({ total: 7, rows: [] });
      expect((await f.get('/api/engagements')).body).toMatchObject({ limit: 50, offset: 0 });
    });

    it('GET /api/dossier/:party', async () => {
      const r = await f.get('/api/dossier/vnm');
      expect(r.status).toBe(200);
      const d = obj(r.body);
      expect(d.party).toBe('VNM');
      expect(d.engagements).toBe(5);
      expect(d.counterparts).toEqual([
        { party: 'USA', engagements: 3 },
        { party: 'JPN', engagements: 1 },
        { party: 'SGP', engagements: 1 },
      ]);
      expect(d.requestsMade).toEqual([{ kind: 'assistance', of: 'JPN', count: 1 }]);
      expect(JSON.stringify(d.officeholders)).toContain('Nguyễn Văn Hải');
      const unknown = await f.get('/api/dossier/XYZ');
      expect(unknown.status).toBe(200);
      expect(unknown.body).toMatchObject({ party: 'XYZ', engagements: 0, counterparts: [] });
    });

    it('GET /api/people/:idOrName by name, by another name form and by id; 404 when unknown', async () => {
      const byName = await f.get(`/api/people/${HAI}`);
      expect(byName.status).toBe(200);
      const p = obj(byName.body);
      expect(p.name).toBe('Nguyễn Văn Hải');
      expect(p.engagements as unknown[]).toHaveLength(5);
      expect((await f.get('/api/people/Nguyen%20Van%20Hai')).body).toMatchObject({ id: p.id });
      expect((await f.get(`/api/people/${String(p.id)}`)).body).toMatchObject({ name: 'Nguyễn Văn Hải' });
      const missing = await f.get('/api/people/Nobody%20Known');
      expect(missing.status).toBe(404);
      expect(obj(missing.body).error).toMatch(/no person/);
    });

    it('GET /api/pairs/:a/:b pages the timeline, oldest first unless order=desc', async () => {
      const r = await f.get('/api/pairs/usa/vnm');
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ a: 'USA', b: 'VNM', order: 'asc', total: 3, limit: 50, offset: 0 });
      expect(items(r.body).map((e) => e.date)).toEqual(['2022-04-14', '2023-09-21', '2024-03-05']);
      const dates = async (query: string) => {
        const page = await f.get(`/api/pairs/VNM/USA${query}`);
        expect(page.status, `${query}: ${JSON.stringify(page.body)}`).toBe(200);
        return [obj(page.body).total, items(page.body).map((e) => e.date)];
      };
      expect(await dates('?limit=2')).toEqual([3, ['2022-04-14', '2023-09-21']]);
      expect(await dates('?limit=2&offset=2')).toEqual([3, ['2024-03-05']]);
      expect(await dates('?order=desc&limit=2')).toEqual([3, ['2024-03-05', '2023-09-21']]);
      expect(await dates('?order=desc&limit=2&offset=2')).toEqual([3, ['2022-04-14']]);
      expect(await dates('?order=asc&offset=3')).toEqual([3, []]);
      expect(await dates('?offset=10000000')).toEqual([3, []]);
      expect((await f.get('/api/pairs/VNM/USA?order=desc&limit=1&offset=1')).body).toMatchObject({
        a: 'VNM',
        b: 'USA',
        order: 'desc',
        limit: 1,
        offset: 1,
      });
      expect((await f.get('/api/pairs/VNM/ZZZ')).body).toMatchObject({ total: 0, items: [] });
    });

    it('GET /api/search finds articles, with snippets and pages', async () => {
      const r = await f.get('/api/search?q=semiconductors');
      expect(r.status).toBe(200);
      expect(obj(r.body).total).toBe(1);
      const [hit] = items(r.body);
      expect(hit?.documentId).toBe(f.ids['vnm-usa-2023.txt']);
      expect(hit?.snippet).toMatch(/«semiconductors»/i);
      const all = await f.get('/api/search?q=minister&limit=2');
      expect(obj(all.body).total).toBeGreaterThan(2);
      expect(items(all.body)).toHaveLength(2);
      expect((await f.get('/api/search?q=zzzunknownword')).body).toMatchObject({ total: 0, items: [] });
    });

    it('GET /api/documents/:id gives the text the evidence offsets point into', async () => {
      const { rows } = await list('?q=expressway');
      const source = (
        rows[0]?.sources as { documentId: number; evidence: { spans: { start: number; end: number }[] } }[]
      )[0];
      const r = await f.get(`/api/documents/${source?.documentId}`);
      expect(r.status).toBe(200);
      const doc = obj(r.body);
      expect(doc).toMatchObject({ source: 'vnm-jpn-call.txt', url: 'https://news.example/vnm-jpn-call' });
      const span = source?.evidence.spans[0];
      expect(span).toBeDefined();
      expect((doc.text as string).slice(span?.start, span?.end)).toMatch(/telephone conversation|expressway|asked/);
      expect((await f.get('/api/documents/999999')).status).toBe(404);
    });

    it('GET /api/stats', async () => {
      const r = await f.get('/api/stats');
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ documents: 6, engagements: 7 });
      expect(typeof obj(r.body).pipelineVersion).toBe('string');
    });

    it('GET /openapi.json documents every endpoint and the bearer scheme', async () => {
      const r = await f.get('/openapi.json');
      expect(r.status).toBe(200);
      const doc = obj(r.body);
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(obj(doc.paths)).sort()).toEqual(
        [
          '/api/documents/{id}',
          '/api/dossier/{party}',
          '/api/engagements',
          '/api/ingest',
          '/api/pairs/{a}/{b}',
          '/api/people.csv',
          '/api/people/import',
          '/api/people/{idOrName}',
          '/api/reextract',
          '/api/search',
          '/api/stats',
          '/healthz',
        ].sort(),
      );
      expect(obj(obj(doc.components).securitySchemes).bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      const params = (obj(obj(doc.paths)['/api/engagements']).get as { parameters: { name: string }[] }).parameters;
      expect(params.map((p) => p.name).sort()).toEqual(
        ['from', 'limit', 'occasion', 'offset', 'pair', 'party', 'person', 'q', 'status', 'to', 'topic', 'type'].sort(),
      );
      const pair = obj(obj(doc.paths)['/api/pairs/{a}/{b}']).get as { parameters: { name: string; in: string }[] };
      expect(pair.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual(
        ['path:a', 'path:b', 'query:limit', 'query:offset', 'query:order'].sort(),
      );
      const timeline = obj(obj(obj(doc.components).schemas).PairTimeline);
      expect(Object.keys(obj(timeline.properties)).sort()).toEqual(
        ['a', 'b', 'items', 'limit', 'offset', 'order', 'total'].sort(),
      );
    });
  });
