// Spawns the real CLI (node bin/sidelines.js) the way a user would, on inputs written to a fresh
// temp dir: the JSON contract, bad inputs (one stderr line each, others still printed, exit 1),
// stdin, and `start` (samples loaded into ./sidelines.db, then the API served).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after as afterAll, before as beforeAll, describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { spawnServer } from '../server/spawnServer.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'sidelines.js');
const LIMIT = 50 * 1024 * 1024;
const SAMPLE_A = 'samples/01-thailand-kenya-nam-sidelines.txt';
const SAMPLE_B = 'samples/02-japan-philippines-phone-call.txt';
const SAMPLES = readdirSync(join(ROOT, 'samples')).filter((n) => n.endsWith('.txt'));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

function run(args: string[], opts: { input?: string | Uint8Array; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

interface JsonRecord {
  source: string;
  published: string | null;
  events: { type: string; status: string; date: string | null; parties: string[]; participants: unknown[] }[];
  anniversaries: unknown[];
  partnerships: unknown[];
}

function documents(r: Run): JsonRecord[] {
  const parsed: unknown = JSON.parse(r.stdout);
  expect(parsed).toHaveProperty('documents');
  return (parsed as { documents: JsonRecord[] }).documents;
}

let dir = '';
const bad: Record<string, { path: string; reason: RegExp }> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidelines-cli-'));
  const put = (name: string, data: string | Uint8Array): string => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const invalidUtf8 = Buffer.concat([
    Buffer.from('Hà Nội, ngày 5 — Bộ trưởng Ngoại giao met the Ambassador of Türkiye. ', 'utf8'),
    Buffer.from([0xff, 0xc0, 0xaf, 0x80, 0xe2, 0x82, 0x20, 0xed, 0xa0, 0x80]),
    Buffer.from(' They discussed trade – and 日本語 too.\n', 'utf8'),
  ]);
  const noBody =
    '<!doctype html><html><head><title>Home</title></head><body>' +
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024</footer></body></html>';
  const huge = put('huge.txt', '');
  truncateSync(huge, LIMIT + 1); // sparse: no 50 MB actually written
  const directory = join(dir, 'a-directory');
  mkdirSync(directory);

  bad.empty = { path: put('empty.txt', ''), reason: /empty/i };
  bad.png = { path: put('image.png', png), reason: /binary|png|image|not (a )?text/i };
  bad.huge = { path: huge, reason: new RegExp(`^too large: ${LIMIT + 1} bytes \\(limit ${LIMIT}\\)$`) };
  bad.invalidUtf8 = { path: put('invalid-utf8.txt', invalidUtf8), reason: /utf-?8|encoding|invalid|decode/i };
  bad.htmlNoBody = { path: put('no-body.html', noBody), reason: /article|body|no (main )?(text|content)|empty/i };
  bad.directory = { path: directory, reason: /^is a directory$/ };
  bad.missing = { path: join(dir, 'does-not-exist.txt'), reason: /^no such file$/ };
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('extract --json', () => {
  it('prints one JSON object with a record per document and exits 0 when all inputs are good', () => {
    const r = run(['extract', '--json', SAMPLE_A, SAMPLE_B]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const docs = documents(r);
    expect(docs.map((d) => d.source)).toEqual([SAMPLE_A, SAMPLE_B]);
    for (const d of docs) {
      expect(d.published === null || ISO_DATE.test(d.published)).toBe(true);
      expect(Array.isArray(d.events)).toBe(true);
      expect(Array.isArray(d.anniversaries)).toBe(true);
      expect(Array.isArray(d.partnerships)).toBe(true);
      for (const e of d.events) {
        expect(['meeting', 'call', 'visit', 'talks', 'conference', 'speech', 'interview']).toContain(e.type);
        expect(['held', 'planned']).toContain(e.status);
        expect(e.date === null || ISO_DATE.test(e.date)).toBe(true);
        expect(e.parties).toEqual([...new Set(e.parties)].sort());
        expect(Array.isArray(e.participants)).toBe(true);
      }
    }
  });

  it('reads stdin for "-"', () => {
    const r = run(['extract', '--json', '-'], { input: 'Hanoi, March 3, 2025\n\nThe two ministers met in Hanoi.\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(documents(r).map((d) => d.source)).toEqual(['<stdin>']);
  });

  it('reports empty stdin as a failed input', () => {
    const r = run(['extract', '--json', '-', SAMPLE_A]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^sidelines: <stdin>: .+/);
    expect(documents(r).map((d) => d.source)).toEqual([SAMPLE_A]);
  });
});

describe('bad inputs', () => {
  let json: Run;
  let table: Run;
  beforeAll(() => {
    const paths = Object.values(bad).map((b) => b.path);
    json = run(['extract', '--json', SAMPLE_A, ...paths, SAMPLE_B]);
    table = run(['extract', SAMPLE_A, ...paths, SAMPLE_B]);
  });

  it('exit 1, and the good files before and after are still printed', () => {
    expect(json.code).toBe(1);
    expect(documents(json).map((d) => d.source)).toEqual([SAMPLE_A, SAMPLE_B]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain(SAMPLE_A);
    expect(table.stdout).toContain(SAMPLE_B);
    for (const b of Object.values(bad)) expect(table.stdout).not.toContain(b.path);
  });

  it('exactly one stderr line per bad input and nothing else', () => {
    expect(json.lines).toHaveLength(Object.keys(bad).length);
    expect(table.lines).toEqual(json.lines);
  });

  for (const key of ['empty', 'png', 'huge', 'invalidUtf8', 'htmlNoBody', 'directory', 'missing'])
    it(`${key}: names the file and the reason`, () => {
      const b = bad[key];
      if (!b) throw new Error(`no input ${key}`);
      const prefix = `sidelines: ${b.path}: `;
      const mine = json.lines.filter((l) => l.startsWith(prefix));
      expect(mine).toHaveLength(1);
      expect(mine[0]?.slice(prefix.length)).toMatch(b.reason);
    });

  it(
    'an unreadable file is reported as such',
    { skip: process.getuid?.() === 0 ? 'root can read any file' : false },
    () => {
      const p = join(dir, 'unreadable.txt');
      writeFileSync(p, 'The ministers met.');
      chmodSync(p, 0o000);
      const r = run(['extract', p, SAMPLE_A]);
      expect(r.code).toBe(1);
      expect(r.lines).toEqual([`sidelines: ${p}: permission denied`]);
      expect(r.stdout).toContain(SAMPLE_A);
    },
  );
});

describe('table output and start', () => {
  it('prints a plain-text table per document without colours when not a TTY', () => {
    const r = run(['extract', SAMPLE_A]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${SAMPLE_A}\\n\\s+published\\s`));
    expect(r.stdout).toMatch(/^\s+events\s+\d+$/m);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('start loads the bundled samples into an empty ./sidelines.db and serves the API, whatever the cwd', async () => {
    const cwd = join(dir, 'start-cwd');
    mkdirSync(cwd);
    const first = await spawnServer(['start', '--port', '0'], { cwd });
    try {
      expect(first.stdout()).toContain(`Loaded ${SAMPLES.length} sample articles`);
      expect(existsSync(join(cwd, 'sidelines.db'))).toBe(true);
      expect(await (await fetch(`${first.url}/healthz`)).json()).toMatchObject({ status: 'ok' });
      const page = (await (await fetch(`${first.url}/api/engagements`)).json()) as { items: { sources: unknown[] }[] };
      expect(page.items.length).toBeGreaterThanOrEqual(SAMPLES.length);
      const sources = JSON.stringify(page.items.map((e) => e.sources));
      for (const s of SAMPLES) expect(sources).toContain(`samples/${s}`);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(first.stderr()).toBe('');
    const second = await spawnServer(['start', '--port', '0'], { cwd });
    try {
      expect(second.stdout()).toMatch(/already holds \d+ documents/);
      const stats = (await (await fetch(`${second.url}/api/stats`)).json()) as { documents: number };
      expect(stats.documents).toBe(SAMPLES.length);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('usage errors exit 2 with a message on stderr', () => {
    const r = run(['extract']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument/);
    expect(r.stdout).toBe('');
  });
});
