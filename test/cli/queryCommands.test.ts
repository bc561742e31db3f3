// `sidelines engagements|dossier|person|pair|search` run in-process through main() against a
// SQLite file filled by the pipeline: tables, --json, --csv, filters, and usage errors; and the
// CSV writer's guard against spreadsheet formulas.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { toCsv } from '../../src/cli/toCsv.ts';
import { openStore } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { runMain } from './runMain.ts';
import { fillStore } from '../server/fixture.ts';

let dir = '';
let db = '';

const cli = (args: string[], env: Record<string, string> = {}) => runMain(args, { cwd: dir, env });

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sidelines-query-'));
  db = join(dir, 'q.db');
  const store = await openStore({ url: db });
  await fillStore(store);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('query commands', () => {
  it('engagements: a table by default, newest first', async () => {
    const r = await cli(['engagements', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^7 engagements\n\n\s+ID\s+DATE\s+TYPE\s+STATUS\s+PARTIES\s+PARTICIPANTS/);
    expect(r.stdout.indexOf('2024-08-01')).toBeLessThan(r.stdout.indexOf('2022-04-14'));
  });

  it('engagements: filters as flags, --json as the API returns it, DATABASE_URL as the default', async () => {
    const r = await cli(['engagements', '--pair', 'VNM,USA', '--from', '2023', '--json'], { DATABASE_URL: db });
    expect(r.code).toBe(0);
    const page = JSON.parse(r.stdout) as { total: number; items: { date: string }[] };
    expect(page.total).toBe(2);
    expect(page.items.map((e) => e.date)).toEqual(['2024-03-05', '2023-09-21']);
    const q = JSON.parse((await cli(['engagements', '--db', db, '-q', 'expressway', '--json'])).stdout);
    expect(q).toMatchObject({ total: 1 });
    const paged = await cli(['engagements', '--db', db, '--limit', '2', '--offset', '2']);
    expect(paged.stdout).toMatch(/^showing 3-4 of 7 engagements \(--offset 4 for more\)/);
  });

  it('engagements --csv: a header and one row per engagement', async () => {
    const r = await cli(['engagements', '--db', db, '--party', 'VNM', '--csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,date,date_end,date_inferred,type,status,parties,participants,city,country,occasion,topics,requests,sources',
    );
    expect(lines).toHaveLength(6);
    expect(r.stdout).toContain('https://news.example/vnm-jpn-call');
  });

  it('dossier, person, pair and search', async () => {
    const dossier = await cli(['dossier', 'vnm', '--db', db]);
    expect(dossier.code).toBe(0);
    expect(dossier.stdout).toMatch(/^VNM\n\s+engagements\s+5/);
    expect(dossier.stdout).toMatch(/counterparts\n\s+USA\s+3/);
    expect((await cli(['dossier', 'VNM', '--db', db, '--csv'])).stdout).toContain('counterpart,USA,,3');
    const person = await cli(['person', 'Nguyen', 'Van', 'Hai', '--db', db]);
    expect(person.code).toBe(0);
    expect(person.stdout).toMatch(/^Nguyễn Văn Hải\n/);
    expect(person.stdout).toMatch(/5 engagements/);
    const pair = JSON.parse((await cli(['pair', 'usa', 'vnm', '--db', db, '--json'])).stdout);
    expect(pair).toMatchObject({ a: 'USA', b: 'VNM', order: 'asc', total: 3, limit: 50, offset: 0 });
    const search = await cli(['search', 'maritime', 'security', '--db', db]);
    expect(search.code).toBe(0);
    expect(search.stdout).toMatch(/«maritime» «security»/);
    expect((await cli(['search', 'semiconductors', '--db', db, '--csv'])).stdout).toMatch(/^document_id,published,/);
  });

  it('pair: a page of the timeline saying which, oldest first unless --order desc, as a table, JSON or CSV', async () => {
    const all = await cli(['pair', 'usa', 'vnm', '--db', db]);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^USA – VNM {2}showing 1-3 of 3 engagements, oldest first\n\n\s+ID\s+DATE\s+TYPE/);
    expect(all.stdout.indexOf('2022-04-14')).toBeLessThan(all.stdout.indexOf('2024-03-05'));
    const first = await cli(['pair', 'VNM', 'USA', '--db', db, '--limit', '1']);
    expect(first.stdout).toMatch(/^VNM – USA {2}showing 1-1 of 3 engagements, oldest first \(--offset 1 for more\)\n/);
    expect(first.stdout).toContain('2022-04-14');
    expect(first.stdout).not.toContain('2023-09-21');
    const desc = await cli(['pair', 'VNM', 'USA', '--db', db, '--limit', '2', '--offset', '1', '--order', 'desc']);
    expect(desc.stdout).toMatch(/^VNM – USA {2}showing 2-3 of 3 engagements, newest first\n/);
    expect(desc.stdout.indexOf('2023-09-21')).toBeLessThan(desc.stdout.indexOf('2022-04-14'));
    expect(desc.stdout).not.toContain('2024-03-05');
    expect((await cli(['pair', 'VNM', 'USA', '--db', db, '--offset', '5'])).stdout).toMatch(
      /^VNM – USA {2}no engagements at offset 5 \(3 in all\)\n/,
    );
    expect((await cli(['pair', 'VNM', 'ZZZ', '--db', db])).stdout).toMatch(
      /^VNM – ZZZ {2}0 engagements\n\n {2}\(no engagements\)/,
    );
    const json = JSON.parse(
      (await cli(['pair', 'VNM', 'USA', '--db', db, '--json', '--limit', '2', '--order', 'desc'])).stdout,
    );
    expect(json).toMatchObject({ a: 'VNM', b: 'USA', order: 'desc', total: 3, limit: 2, offset: 0 });
    expect((json.items as { date: string }[]).map((e) => e.date)).toEqual(['2024-03-05', '2023-09-21']);
    const csv = await cli(['pair', 'VNM', 'USA', '--db', db, '--csv', '--order', 'desc', '--limit', '2']);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,date,/);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['2024-03-05', '2023-09-21']);
  });

  it('an unknown person exits 1 with a message', async () => {
    const r = await cli(['person', 'Nobody', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sidelines: no person matches "Nobody"\n');
    expect(r.stdout).toBe('');
  });

  it('bad flags are usage errors (exit 2) naming the flag', async () => {
    const cases: [string[], RegExp][] = [
      [['engagements', '--limit', 'abc'], /--limit: expected an integer/],
      [['engagements', '--limit', '1000'], /--limit: must be at most 200/],
      [['engagements', '--from', '2024-02-30'], /--from: not a calendar date/],
      [['engagements', '--pair', 'VNM'], /--pair: expected two party codes/],
      [['engagements', '--json', '--csv'], /--json and --csv cannot be combined/],
      [['pair', 'VNM', 'USA', '--order', 'sideways'], /pair: --order: expected asc or desc, got sideways/],
      [['pair', 'VNM', 'USA', '--limit', '0'], /pair: --limit: must be at least 1/],
      [['pair', 'VNM', 'USA', '--offset', '-1'], /pair: --offset: must be at least 0/],
      [['pair', 'VNM', 'vnm'], /pair: B: expected two different parties, got VNM twice/],
      [['search', 'x'.repeat(600)], /QUERY: must be at most 500/],
      [['serve', '--port', 'http'], /--port: expected a port number/],
      [['serve', '--port', '70000'], /--port: expected a port number/],
      [['serve', '--cors-origin', 'not an origin'], /CORS origin/],
    ];
    for (const [args, message] of cases) {
      const r = await cli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    const shortToken = await cli(['serve', '--db', db], { SIDELINES_API_TOKEN: 'short' });
    expect(shortToken.code).toBe(2);
    expect(shortToken.stderr).toMatch(/SIDELINES_API_TOKEN: the API token must be at least 16 characters/);
  });

  it('a missing database is reported, not created', async () => {
    const r = await cli(['engagements', '--db', 'missing.db']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sidelines: no database at .*missing\.db/);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });
});

describe('toCsv', () => {
  it('quotes as RFC 4180 and defuses formula cells', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['=HYPERLINK("x")', 'he said "hi", then left', 3],
        ['+1', '-', null],
      ],
    );
    expect(csv).toBe('a,b,c\r\n"\'=HYPERLINK(""x"")","he said ""hi"", then left",3\r\n\'+1,\'-,\r\n');
  });
});
