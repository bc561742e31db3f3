// SQL, LIKE and full-text syntax in every filter and path parameter is inert: 200 with no rows
// (it is matched literally, and no stored value looks like it), and the data is all still
// there afterwards. Date, number and order parameters are strictly validated, so there they are
// 400s.
import { after, before, describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { backends, items, obj, openFixture, type Fixture } from './fixture.ts';

export const HOSTILE = [
  "'; DROP TABLE documents; --",
  '" OR 1=1 --',
  '%',
  '_',
  '\\',
  "' OR 'x'='x",
  "VNM' --",
  'VNM%',
  'V_M',
  '%VNM%',
  '*',
  '"',
  ') OR (1=1',
  'NEAR(trade minister)',
  'trade" OR "minister',
  '1; DELETE FROM engagements',
  '$99',
  '?',
  '/* comment */',
  '\\x00',
];

const FILTERS = ['party', 'person', 'type', 'status', 'topic', 'occasion', 'q'];

const enc = encodeURIComponent;

for (const backend of backends)
  describe(`injection strings are inert (${backend.name})`, { skip: backend.skip }, () => {
    let f: Fixture;
    before(async () => {
      f = await openFixture(backend);
    });
    after(async () => f?.cleanup());

    const expectEmpty = async (path: string): Promise<void> => {
      const r = await f.get(path);
      expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
      expect(obj(r.body).total, path).toBe(0);
      expect(items(r.body), path).toEqual([]);
    };

    for (const s of HOSTILE)
      it(`every filter, pair, search and path parameter with ${JSON.stringify(s)}`, async () => {
        for (const key of FILTERS) await expectEmpty(`/api/engagements?${key}=${enc(s)}`);
        await expectEmpty(`/api/engagements?pair=${enc(`${s},VNM`)}`);
        await expectEmpty(`/api/engagements?pair=${enc(`USA,${s}`)}`);
        await expectEmpty(`/api/engagements?party=VNM&person=${enc(s)}&q=${enc(s)}`);
        await expectEmpty(`/api/search?q=${enc(s)}`);
        await expectEmpty(`/api/pairs/${enc(s)}/VNM`);
        await expectEmpty(`/api/pairs/USA/${enc(s)}?order=desc&limit=1`);
        const dossier = await f.get(`/api/dossier/${enc(s)}`);
        expect(dossier.status).toBe(200);
        expect(dossier.body).toMatchObject({ engagements: 0, counterparts: [], officeholders: [] });
        expect((await f.get(`/api/people/${enc(s)}`)).status).toBe(404);
      });

    it('dates, numbers, timeline orders and ids refuse them with 400', async () => {
      for (const s of HOSTILE.slice(0, 5)) {
        for (const key of ['from', 'to', 'limit', 'offset'])
          expect((await f.get(`/api/engagements?${key}=${enc(s)}`)).status, `${key}=${s}`).toBe(400);
        expect((await f.get(`/api/documents/${enc(s)}`)).status).toBeGreaterThanOrEqual(400);
        for (const key of ['limit', 'offset', 'order'])
          expect((await f.get(`/api/pairs/VNM/USA?${key}=${enc(s)}`)).status, `pair ${key}=${s}`).toBe(400);
      }
    });

    it('the data is all still there', async () => {
      expect((await f.get('/api/stats')).body).toMatchObject({ documents: 6, engagements: 7, people: 7 });
      expect(obj((await f.get('/api/engagements?party=VNM')).body).total).toBe(5);
      expect(obj((await f.get('/api/search?q=expressway')).body).total).toBe(1);
      for (const id of Object.values(f.ids)) expect((await f.get(`/api/documents/${id}`)).status).toBe(200);
    });
  });
