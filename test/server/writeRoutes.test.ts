// POST /api/ingest and /api/reextract: the bearer token (401 without, 403 wrong, 403 when no
// token is configured), body limits (413, also for chunked bodies), malformed bodies (400/415),
// unreadable articles (422), and what a successful write stores.
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/createApp.ts';
import { serverConfig } from '../../src/server/serverConfig.ts';
import { expect } from '../expect.ts';
import { VNM_JPN_CALL } from './articles.ts';
import { auth, backends, obj, openFixture, STALE_SOURCE, TOKEN, type Fixture } from './fixture.ts';

const NEW_ARTICLE = `Vietnam and Chile foreign ministers meet in Santiago

Santiago, May 9, 2024 - Chilean Minister of Foreign Affairs Laura Fuentes held talks with Vietnamese Foreign Minister Nguyễn Văn Hải in Santiago on May 8.

The two ministers discussed trade in copper and agricultural products.`;

const TWO_MB = 2 * 1024 * 1024;
const json = { 'content-type': 'application/json' };

for (const backend of backends)
  describe(`write endpoints (${backend.name})`, { skip: backend.skip }, () => {
    let f: Fixture;
    before(async () => {
      f = await openFixture(
        backend,
        { token: TOKEN },
        {
          fetchArticle: async (url) =>
            url.endsWith('/fails')
              ? { ok: false, reason: 'HTTP 500' }
              : {
                  ok: true,
                  article: { source: url, url, bytes: new TextEncoder().encode(NEW_ARTICLE), format: 'url' },
                },
        },
      );
    });
    after(async () => f?.cleanup());

    for (const path of ['/api/ingest', '/api/reextract', '/api/people/import']) {
      it(`${path}: 401 without a token, 403 with a wrong one`, async () => {
        const none = await f.post(path, { text: NEW_ARTICLE });
        expect(none.status).toBe(401);
        expect(none.res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(obj(none.body).error).toMatch(/authentication required/);
        for (const header of [`Bearer ${TOKEN}x`, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer${TOKEN}`, 'Bearer'])
          expect((await f.post(path, { text: NEW_ARTICLE }, { authorization: header })).status, header).toBe(403);
      });

      it(`${path}: 403 for everyone when no token is configured`, async () => {
        const off = createApp({ store: f.store, config: serverConfig({ token: null }) });
        const res = await off.request(path, { method: 'POST', headers: { ...json, ...auth }, body: '{}' });
        expect(res.status).toBe(403);
        expect(await res.json()).toEqual({ error: expect.stringMatching(/writes are disabled/) });
      });

      it(`${path}: 413 for a body over the limit, declared or chunked; the token is checked first`, async () => {
        const big = JSON.stringify({ text: 'a'.repeat(TWO_MB) });
        expect((await f.post(path, big, auth)).status).toBe(413);
        expect((await f.post(path, big)).status).toBe(401);
        const chunked = new ReadableStream<Uint8Array>({
          start(controller) {
            const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
            controller.enqueue(new TextEncoder().encode('{"text":"'));
            for (let i = 0; i < 40; i++) controller.enqueue(chunk);
            controller.enqueue(new TextEncoder().encode('"}'));
            controller.close();
          },
        });
        const res = await f.app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: chunked,
          duplex: 'half',
        } as RequestInit);
        expect(res.status).toBe(413);
        expect(await res.json()).toMatchObject({ error: expect.stringMatching(/too large/) });
      });
    }

    const badBodies: [string, string | object, number][] = [
      ['malformed JSON', '{"text": ', 400],
      ['an empty body', '', 400],
      ['an array', [NEW_ARTICLE], 400],
      ['neither text nor url', { source: 'x' }, 400],
      ['an unknown field', { text: NEW_ARTICLE, extra: 1 }, 400],
      ['text that is not a string', { text: 42 }, 400],
      ['empty text', { text: '' }, 400],
      ['a non-http url', { url: 'file:///etc/passwd' }, 400],
      ['a javascript: url', { text: NEW_ARTICLE, url: 'javascript:alert(1)' }, 400],
      ['a source with control characters', { text: NEW_ARTICLE, source: 'a\u0000b' }, 400],
    ];
    for (const [what, body, status] of badBodies)
      it(`POST /api/ingest with ${what} → ${status}`, async () => {
        const r = await f.post('/api/ingest', body, auth);
        expect(r.status, JSON.stringify(r.body)).toBe(status);
        expect(typeof obj(r.body).error).toBe('string');
      });

    it('POST /api/ingest without a JSON content type → 415', async () => {
      const res = await f.app.request('/api/ingest', { method: 'POST', headers: auth, body: 'text' });
      expect(res.status).toBe(415);
    });

    it('POST /api/ingest stores an article once; the same text again is unchanged', async () => {
      const first = await f.post('/api/ingest', { text: NEW_ARTICLE, source: 'chile.txt' }, auth);
      expect(first.status, JSON.stringify(first.body)).toBe(201);
      expect(first.body).toMatchObject({ status: 'new', engagements: 1 });
      const again = await f.post('/api/ingest', { text: NEW_ARTICLE }, auth);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ status: 'unchanged', documentId: obj(first.body).documentId });
      const listed = await f.get('/api/engagements?pair=VNM,CHL');
      expect(listed.body).toMatchObject({ total: 1 });
      expect((await f.get(`/api/documents/${String(obj(first.body).documentId)}`)).body).toMatchObject({
        source: 'chile.txt',
      });
      expect((await f.post('/api/ingest', { text: VNM_JPN_CALL }, auth)).body).toMatchObject({ status: 'unchanged' });
    });

    it('POST /api/ingest → 422 with the reason for text that is not an article', async () => {
      const r = await f.post('/api/ingest', { text: '   \n\n  ' }, auth);
      expect(r.status).toBe(422);
      expect(obj(r.body).error).toMatch(/empty/i);
      const nul = await f.post('/api/ingest', { text: `${NEW_ARTICLE}\u0000\u0000` }, auth);
      expect(nul.status).toBe(422);
      expect(obj(nul.body).error).toMatch(/binary/);
    });

    it('POST /api/ingest {url} fetches through the configured fetcher', async () => {
      const ok = await f.post('/api/ingest', { url: 'https://news.example/chile' }, auth);
      expect([200, 201]).toContain(ok.status);
      const failed = await f.post('/api/ingest', { url: 'https://news.example/fails' }, auth);
      expect(failed.status).toBe(422);
      expect(obj(failed.body).error).toMatch(/HTTP 500/);
    });

    it('POST /api/ingest {url} → 501 when the server has no fetcher', async () => {
      const plain = createApp({ store: f.store, config: serverConfig({ token: TOKEN }) });
      const body = JSON.stringify({ url: 'https://news.example/x' });
      expect((await plain.request('/api/ingest', { method: 'POST', headers: { ...json, ...auth }, body })).status).toBe(
        501,
      );
    });

    it('POST /api/reextract re-runs stale documents, then has nothing left', async () => {
      expect((await f.post('/api/reextract', { limit: 0 }, auth)).status).toBe(400);
      expect((await f.post('/api/reextract', { limit: 'all' }, auth)).status).toBe(400);
      const before = obj((await f.get('/api/stats')).body).pipelineVersions as { version: string }[];
      expect(before.map((v) => v.version)).toContain('old-version');
      const r = await f.post('/api/reextract', { limit: 10 }, auth);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ processed: 1, updated: 1, failed: [], more: false });
      const after = obj((await f.get('/api/stats')).body).pipelineVersions as { version: string }[];
      expect(after.map((v) => v.version)).not.toContain('old-version');
      expect((await f.get('/api/pairs/VNM/USA')).body).toMatchObject({ total: 3 });
      const empty = await f.app.request('/api/reextract', { method: 'POST', headers: auth });
      expect(empty.status).toBe(200);
      expect(await empty.json()).toMatchObject({ processed: 0 });
      expect(STALE_SOURCE).toBe('vnm-usa-2022.txt');
    });
    it('/api/people/import seeds the registry, reports bad rows by line; /api/people.csv exports it', async () => {
      const csv = [
        'name,aliases,affiliation,office,from,to',
        'Ingrid Halvorsen,I. Halvorsen,NOR,Minister of Foreign Affairs,2023-10,',
        ',,NOR,Minister,,',
      ].join('\n');
      const res = await f.post('/api/people/import', { csv }, auth);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ rows: 2, created: 1, updated: 0, skipped: [{ line: 3, reason: 'no name' }] });
      expect((await f.post('/api/people/import', { csv: 42 }, auth)).status).toBe(400);
      expect((await f.post('/api/people/import', { csv, extra: 1 }, auth)).status).toBe(400);
      const out = await f.get('/api/people.csv');
      expect(out.status).toBe(200);
      expect(out.res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(String(out.body)).toMatch(/^name,aliases,affiliation,office,from,to\r?\n/);
      expect(String(out.body)).toContain('Ingrid Halvorsen');
      const person = await f.get(`/api/people/${encodeURIComponent('I. Halvorsen')}`);
      expect(obj(person.body)).toMatchObject({ name: 'Ingrid Halvorsen', affiliation: 'NOR' });
    });
  });
