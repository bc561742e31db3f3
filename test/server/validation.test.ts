// Malformed input gets 400 with a JSON message (never a 500), unknown routes 404, unexpected
// errors a 500 without internals; CORS headers only when origins are configured.
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/createApp.ts';
import { serverConfig } from '../../src/server/serverConfig.ts';
import type { Store } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { backends, obj, openFixture, type Fixture } from './fixture.ts';

const BAD_QUERIES = [
  '/api/engagements?limit=abc',
  '/api/engagements?limit=1000',
  '/api/engagements?limit=0',
  '/api/engagements?limit=-1',
  '/api/engagements?limit=2.5',
  '/api/engagements?limit=',
  '/api/engagements?limit=1&limit=2',
  '/api/engagements?offset=-5',
  '/api/engagements?offset=abc',
  '/api/engagements?offset=99999999999',
  '/api/engagements?from=2024-02-30',
  '/api/engagements?from=2024-13',
  '/api/engagements?to=yesterday',
  '/api/engagements?from=20240101',
  '/api/engagements?to=2024-1-5',
  '/api/engagements?pair=onlyone',
  '/api/engagements?pair=A,B,C',
  '/api/engagements?pair=,',
  '/api/engagements?pair=VNM,',
  `/api/engagements?q=${'word '.repeat(200)}`,
  `/api/engagements?party=${'X'.repeat(201)}`,
  `/api/engagements?person=${'Y'.repeat(5000)}`,
  '/api/engagements?party=',
  '/api/engagements?party=%00',
  '/api/engagements?occasion=a%0Ab',
  '/api/engagements?type=a&type=b',
  '/api/search',
  '/api/search?q=',
  '/api/search?q=%20%20',
  `/api/search?q=${'q'.repeat(501)}`,
  '/api/search?q=trade&limit=201',
  '/api/documents/abc',
  '/api/documents/0',
  '/api/documents/-1',
  '/api/documents/1.5',
  '/api/documents/99999999999999999999',
  `/api/dossier/${'Z'.repeat(300)}`,
  '/api/people/%01',
  `/api/pairs/VNM/${'Q'.repeat(300)}`,
  '/api/pairs/VNM/vnm',
  '/api/pairs/VNM/USA?limit=0',
  '/api/pairs/VNM/USA?limit=201',
  '/api/pairs/VNM/USA?limit=abc',
  '/api/pairs/VNM/USA?offset=-1',
  '/api/pairs/VNM/USA?offset=1.5',
  '/api/pairs/VNM/USA?offset=99999999999',
  '/api/pairs/VNM/USA?order=sideways',
  '/api/pairs/VNM/USA?order=DESC',
  '/api/pairs/VNM/USA?order=',
];

for (const backend of backends)
  describe(`malformed requests (${backend.name})`, { skip: backend.skip }, () => {
    let f: Fixture;
    before(async () => {
      f = await openFixture(backend);
    });
    after(async () => f?.cleanup());

    for (const path of BAD_QUERIES)
      it(`400 for ${path.length > 80 ? `${path.slice(0, 77)}...` : path}`, async () => {
        const r = await f.get(path);
        expect(r.status, JSON.stringify(r.body)).toBe(400);
        expect(r.res.headers.get('content-type')).toMatch(/application\/json/);
        expect(obj(r.body).error).toMatch(/^invalid request: /);
      });

    it('the message names the parameter at fault', async () => {
      expect(obj((await f.get('/api/engagements?limit=abc')).body).error).toMatch(/limit/);
      expect(obj((await f.get('/api/engagements?from=2024-02-30')).body).error).toMatch(/from: not a calendar date/);
      expect(obj((await f.get('/api/engagements?pair=onlyone')).body).error).toMatch(/pair: expected two party codes/);
      expect(obj((await f.get('/api/pairs/VNM/USA?order=newest')).body).error).toBe(
        'invalid request: order: expected asc or desc, got newest',
      );
      expect(obj((await f.get('/api/pairs/vnm/%20VNM')).body).error).toBe(
        'invalid request: b: expected two different parties, got VNM twice',
      );
      expect(obj((await f.get('/api/pairs/VNM/USA?limit=500')).body).error).toMatch(/^invalid request: limit: /);
    });

    it('malformed percent-encoding and invalid UTF-8 are never a 500', async () => {
      const paths = [
        '/api/engagements?party=%ED%A0%80',
        '/api/engagements?party=%E0%A4%A',
        '/api/engagements?q=%C0%AF',
        '/api/search?q=%FF%FE',
        '/api/people/%E0%A4%A',
        '/api/dossier/%ED%A0%80',
        '/api/pairs/%/%25',
      ];
      for (const path of paths) {
        const r = await f.get(path);
        expect(r.status, path).toBeLessThan(500);
        expect(r.res.headers.get('content-type'), path).toMatch(/application\/json/);
      }
    });

    it('404 JSON for unknown routes and methods', async () => {
      for (const path of ['/', '/api', '/api/nothing', '/api/engagements/', '/api/documents', '/openapi.yaml']) {
        const r = await f.get(path);
        expect(r.status, path).toBe(404);
        expect(obj(r.body).error).toMatch(/^not found/);
      }
      const del = await f.app.request('/api/engagements', { method: 'DELETE' });
      expect(del.status).toBe(404);
      expect(await del.json()).toMatchObject({ error: expect.stringMatching(/not found/) });
    });

    it('no CORS headers unless origins are configured', async () => {
      const r = await f.get('/api/engagements', { origin: 'https://evil.example' });
      expect(r.res.headers.get('access-control-allow-origin')).toBeNull();
      const pre = await f.app.request('/api/engagements', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      expect(r.res.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('CORS for the configured origins only', async () => {
      const app = createApp({ store: f.store, config: serverConfig({ corsOrigins: ['https://ui.example'] }) });
      const ok = await app.request('/api/stats', { headers: { origin: 'https://ui.example' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://ui.example');
      const other = await app.request('/api/stats', { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const pre = await app.request('/api/ingest', {
        method: 'OPTIONS',
        headers: { origin: 'https://ui.example', 'access-control-request-method': 'POST' },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    });
  });

describe('unexpected errors', () => {
  it('a failing store gives 500 JSON without the message or stack; the error is logged', async () => {
    const secret = 'connection to db-secret-host failed at /srv/app/src/store/x.ts:12';
    const failing = new Proxy({} as Store, {
      get: () => async () => {
        throw new Error(secret);
      },
    });
    const logged: unknown[] = [];
    const app = createApp({ store: failing, config: serverConfig(), logError: (err) => logged.push(err) });
    for (const path of ['/api/stats', '/api/engagements', '/api/dossier/VNM', '/api/search?q=a']) {
      const r = await app.request(path);
      expect(r.status).toBe(500);
      const text = await r.text();
      expect(JSON.parse(text)).toEqual({ error: 'internal error' });
      expect(text).not.toMatch(/secret|\/srv|at /);
    }
    expect(logged).toHaveLength(4);
  });
});
