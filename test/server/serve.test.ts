// End to end: `sidelines serve --port 0` as a child process, queried over loopback, then
// stopped with SIGTERM (a clean exit 0).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { VNM_JPN_CALL } from './articles.ts';
import { spawnServer, type Spawned } from './spawnServer.ts';

const TOKEN = 'e2e-token-abcdefghijklmnop';

describe('sidelines serve over loopback', () => {
  let dir = '';
  let server: Spawned | null = null;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sidelines-serve-'));
    server = await spawnServer(['serve', '--port', '0', '--host', '127.0.0.1', '--db', join(dir, 'api.db')], {
      env: { SIDELINES_API_TOKEN: TOKEN },
    });
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its URL, the database and that writes are enabled', () => {
    expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server?.stdout()).toContain(join(dir, 'api.db'));
    expect(server?.stdout()).toMatch(/writes\s+enabled/);
  });

  it('answers reads, takes an authorised write, and refuses an unauthorised one', async () => {
    const url = server?.url ?? '';
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok' });
    expect(await (await fetch(`${url}/api/engagements`)).json()).toMatchObject({ total: 0, items: [] });
    const body = JSON.stringify({ text: VNM_JPN_CALL, source: 'e2e.txt' });
    const headers = { 'content-type': 'application/json' };
    expect((await fetch(`${url}/api/ingest`, { method: 'POST', headers, body })).status).toBe(401);
    const ok = await fetch(`${url}/api/ingest`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${TOKEN}` },
      body,
    });
    expect(ok.status).toBe(201);
    const page = await (await fetch(`${url}/api/engagements?pair=VNM,JPN`)).json();
    expect(page).toMatchObject({ total: 1 });
    const bad = await fetch(`${url}/api/engagements?limit=abc`);
    expect(bad.status).toBe(400);
    const openapi = await (await fetch(`${url}/openapi.json`)).json();
    expect(openapi).toHaveProperty('paths./api/engagements');
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await server?.stop();
    server = null;
    expect(code).toBe(0);
  });
});
