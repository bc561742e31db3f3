// The read-only routes added for the web UI (GET /api/network, GET /api/documents/:id/engagements)
// checked against the existing list endpoint, and the static serving of the built UI at `/`
// (SPA fallback, API 404s untouched, CSP on HTML, gzip, ETag, traversal, missing build).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../src/server/staticWeb.ts';
import { expect } from '../expect.ts';
import { backends, items, obj, openFixture, type Fixture } from '../server/fixture.ts';

type Item = { id: number; parties: string[]; sources: { documentId: number }[] };

for (const backend of backends)
  describe(`web UI routes (${backend.name})`, { skip: backend.skip }, () => {
    let f: Fixture;
    let all: Item[];
    let dist: string;
    before(async () => {
      dist = mkdtempSync(join(tmpdir(), 'sidelines-dist-'));
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>UI</title><script src="/app.js"></script>');
      writeFileSync(join(dist, 'app.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
      writeFileSync(join(dist, 'assets', 'a.svg'), '<svg/>');
      f = await openFixture(backend, undefined, { web: { root: dist, buildIfMissing: false, log: () => undefined } });
      all = items((await f.get('/api/engagements?limit=200')).body) as unknown as Item[];
    });
    after(async () => {
      await f?.cleanup();
      rmSync(dist, { recursive: true, force: true });
    });

    it('GET /api/network: party counts and pair weights agree with the engagement list', async () => {
      const r = await f.get('/api/network');
      expect(r.status).toBe(200);
      const net = obj(r.body) as {
        nodes: { party: string; engagements: number }[];
        edges: { a: string; b: string; engagements: number }[];
        scanned: number;
        total: number;
        truncated: boolean;
      };
      expect(net).toMatchObject({ scanned: all.length, total: all.length, truncated: false });
      for (const n of net.nodes)
        expect(n.engagements, n.party).toBe(all.filter((e) => e.parties.includes(n.party)).length);
      expect(net.edges.length).toBeGreaterThan(0);
      for (const e of net.edges) {
        expect(e.a < e.b).toBe(true);
        expect(e.engagements).toBe(all.filter((x) => x.parties.includes(e.a) && x.parties.includes(e.b)).length);
      }
      const capped = obj((await f.get('/api/network?limit=1')).body);
      expect(capped).toMatchObject({ scanned: 1, total: all.length, truncated: all.length > 1 });
    });

    it('GET /api/network filters by period and topic and refuses bad input with 400', async () => {
      const future = obj((await f.get('/api/network?from=2999')).body);
      expect(future).toMatchObject({ nodes: [], edges: [], total: 0 });
      const trade = obj((await f.get('/api/network?topic=trade')).body);
      expect(trade.total).toBe(obj((await f.get('/api/engagements?topic=trade&limit=1')).body).total);
      for (const q of ['from=20x', 'limit=0', 'limit=abc', 'limit=999999', 'party=VNM', "topic=' OR 1=1 --"]) {
        const r = await f.get(`/api/network?${q}`);
        if (q.startsWith('topic')) expect(r.status, q).toBe(200);
        else expect(r.status, q).toBe(400);
      }
    });

    it('GET /api/documents/:id/engagements returns exactly the engagements citing the document', async () => {
      for (const id of Object.values(f.ids)) {
        const r = await f.get(`/api/documents/${id}/engagements`);
        expect(r.status).toBe(200);
        const got = (obj(r.body).items as Item[]).map((e) => e.id).sort();
        const want = all
          .filter((e) => e.sources.some((s) => s.documentId === id))
          .map((e) => e.id)
          .sort();
        expect(got, `document ${id}`).toEqual(want);
      }
      expect((await f.get('/api/documents/999999/engagements')).status).toBe(404);
      expect((await f.get('/api/documents/abc/engagements')).status).toBe(400);
    });

    it('serves the UI at / with a strict CSP, and index.html for the UI’s own paths', async () => {
      for (const path of ['/', '/dossier/VNM', '/engagement/3', '/network']) {
        const r = await f.app.request(path);
        expect(r.status, path).toBe(200);
        expect(r.headers.get('content-type'), path).toMatch(/^text\/html/);
        expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        expect(await r.text()).toContain('<title>UI</title>');
      }
      expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
      const js = await f.app.request('/app.js', { headers: { 'accept-encoding': 'gzip, br' } });
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect(js.headers.get('content-encoding')).toBe('gzip');
      const etag = js.headers.get('etag') ?? '';
      expect((await f.app.request('/app.js', { headers: { 'if-none-match': etag } })).status).toBe(304);
      expect((await f.app.request('/assets/a.svg')).headers.get('content-type')).toBe('image/svg+xml');
    });

    it('leaves the API’s 404s alone and serves nothing outside the build', async () => {
      for (const path of ['/api', '/api/nothing', '/api/engagements/', '/openapi.yaml', '/missing.png']) {
        const r = await f.app.request(path);
        expect(r.status, path).toBe(404);
        expect(r.headers.get('content-type'), path).toMatch(/json/);
      }
      for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/../../package.json'])
        expect((await f.app.request(path)).status, path).not.toBe(200);
      expect((await f.get('/api/stats')).status).toBe(200);
      const doc = await f.get('/openapi.json');
      expect(doc.status).toBe(200);
      expect(Object.keys(obj(obj(doc.body).paths))).toEqual(
        expect.arrayContaining(['/api/network', '/api/documents/{id}/engagements']),
      );
    });

    it('answers 503 with the build command when the UI is not built', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'sidelines-nodist-'));
      const g = await openFixture(backend, undefined, {
        web: { root: empty, buildIfMissing: false, log: () => undefined },
      });
      try {
        const r = await g.app.request('/');
        expect(r.status).toBe(503);
        expect(await r.text()).toMatch(/not built.*npm run build:web/s);
        expect((await g.app.request('/api/stats')).status).toBe(200);
      } finally {
        await g.cleanup();
        rmSync(empty, { recursive: true, force: true });
      }
    });
  });
