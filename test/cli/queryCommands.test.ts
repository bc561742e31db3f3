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
    expect(pair).toMatchObject({ a: 'USA', b: 'VNM', total: 3 });
    const search = await cli(['search', 'maritime', 'security', '--db', db]);
    expect(search.code).toBe(0);
    expect(search.stdout).toMatch(/«maritime» «security»/);
    expect((await cli(['search', 'semiconductors', '--db', db, '--csv'])).stdout).toMatch(/^document_id,published,/);
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
