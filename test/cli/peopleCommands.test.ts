// `sidelines people import|export` in-process through main() on a fresh SQLite file: seeding the
// registry from CSV (bad rows reported with their line, exit 1, good rows kept), the round trip
// through export, a seeded officeholder found by `person`, and bad files as usage errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { runMain } from './runMain.ts';

let dir = '';
let db = '';

const cli = (args: string[], stdin = '') => runMain(args, { cwd: dir, stdin });

const SEED = [
  'name,aliases,affiliation,office,from,to',
  'Amaru Quispe Mamani,Amaru Quispe|A. Quispe Mamani,bol,Minister of Foreign Affairs,2023-02,',
  'Liisa Järvinen,,FIN,Minister for Foreign Trade,2021,2024-06',
  ',,FIN,Minister,2020,',
  'Tomas Berg,,SWE,Ambassador,June 2020,',
].join('\n');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidelines-people-'));
  db = join(dir, 'people.db');
  writeFileSync(join(dir, 'seed.csv'), SEED);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('people commands', () => {
  it('imports a CSV, reporting the rows it cannot use by line, and exits 1 for them', async () => {
    const r = await cli(['people', 'import', 'seed.csv', '--db', db]);
    expect(r.stdout).toBe('4 rows: 2 people added, 0 updated, 2 skipped\n');
    expect(r.stderr).toContain('seed.csv:4: no name');
    expect(r.stderr).toContain('seed.csv:5: dates must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(r.code).toBe(1);
  });

  it('finds a seeded officeholder by an alias, with the office and its dates', async () => {
    const r = await cli(['person', 'A. Quispe Mamani', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as { name: string; affiliation: string; offices: { title: string; from: string }[] };
    expect(p).toMatchObject({ name: 'Amaru Quispe Mamani', affiliation: 'BOL' });
    expect(p.offices).toEqual([expect.objectContaining({ title: 'Minister of Foreign Affairs', from: '2023-02-01' })]);
  });

  it('exports what it imported, and importing the export again changes nothing', async () => {
    const out = await cli(['people', 'export', '--db', db]);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\r\n')[0] ?? out.stdout.split('\n')[0]).toMatch(
      /^name,aliases,affiliation,office,from,to/,
    );
    expect(out.stdout).toContain('Liisa Järvinen');
    const again = await cli(['people', 'import', '-', '--db', db, '--json'], out.stdout);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 2, skipped: [] });
    expect((await cli(['people', 'export', '--db', db])).stdout).toBe(out.stdout);
  });

  it('reports a missing or wrong file as a usage error, touching nothing', async () => {
    const missing = await cli(['people', 'import', 'nope.csv', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^sidelines: people import: .*nope\.csv/);
    const folder = await cli(['people', 'import', '.', '--db', db]);
    expect(folder).toMatchObject({ code: 2, stderr: 'sidelines: people import: .: not a file\n' });
  });

  it('does not create a database just to export from it', async () => {
    const r = await cli(['people', 'export', '--db', join(dir, 'absent.db')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
