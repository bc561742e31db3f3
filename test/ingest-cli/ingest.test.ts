// `sidelines ingest | reextract | watch` end to end: the real CLI spawned on generated articles,
// a local feed and a loopback server; what it prints (--json summary, table), what it stores
// (checked through openStore), exit codes, versions at one URL, near-duplicates, stdin, the
// database choice (--db, DATABASE_URL, ./sidelines.db), bad options, and a clean stop of watch.
import SqliteDatabase from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore, type Stats } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { makeArticle } from './articleCorpus.ts';
import { startLoopback, type Loopback } from './loopbackServer.ts';
import { runCli, summaryOf } from './runCli.ts';

let web: Loopback;
let dir = '';
let articles = '';

async function stats(db: string): Promise<Stats> {
  const store = await openStore({ url: db });
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

before(async () => {
  web = await startLoopback();
  dir = mkdtempSync(join(tmpdir(), 'sidelines-ingest-'));
  articles = join(dir, 'articles');
  mkdirSync(join(articles, 'nested'), { recursive: true });
  for (let i = 0; i < 8; i++) {
    const a = makeArticle(i);
    writeFileSync(join(articles, i < 4 ? '' : 'nested', a.name), a.text);
  }
});
after(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sidelines ingest', () => {
  it('stores files, an article URL and a feed; a second run changes nothing', async () => {
    const db = join(dir, 'one.db');
    const args = ['ingest', articles, `${web.base}/articles/50`, `${web.base}/feed.xml`, '--db', db, '--json'];
    const first = await runCli(args);
    expect(first.stderr).toBe(''); // no progress bar when stderr is not a terminal
    expect(first.code, first.stdout).toBe(0);
    const s1 = summaryOf(first);
    expect(s1).toMatchObject({ command: 'ingest', new: 14, unchanged: 0, failed: 0, skipped: 0, documents: 14 });
    expect(s1.engagements).toBeGreaterThanOrEqual(14);
    const second = await runCli(args);
    expect(second.code).toBe(0);
    expect(summaryOf(second)).toMatchObject({
      new: 0,
      unchanged: 14,
      newVersions: 0,
      documents: 14,
      engagements: s1.engagements,
    });
    expect((await stats(db)).documents).toBe(14);
  });

  it('prints a table by default and lists failures with their reasons (exit 1)', async () => {
    const db = join(dir, 'table.db');
    const r = await runCli([
      'ingest',
      join(articles, 'article-001.txt'),
      join(dir, 'missing.txt'),
      `${web.base}/status/500`,
      '--db',
      db,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ingest: .*table\.db \(\d+\.\d\d s\)\n {2}new {14}1\n {2}unchanged {8}0\n/);
    expect(r.stdout).toContain(
      `failed:\n  ${join(dir, 'missing.txt')}: no such file\n  ${web.base}/status/500: HTTP 500\n`,
    );
  });

  it('stores a changed article at the same URL as a new version, and links near-duplicates', async () => {
    const db = join(dir, 'versions.db');
    const url = `${web.base}/versioned`;
    web.state.version = 0;
    expect(summaryOf(await runCli(['ingest', url, '--db', db, '--json']))).toMatchObject({ new: 1 });
    web.state.version = 1;
    expect(summaryOf(await runCli(['ingest', url, '--db', db, '--json']))).toMatchObject({
      new: 0,
      newVersions: 1,
      documents: 1,
    });
    const a = makeArticle(300).text;
    const copy = a.replace(/^[^\n]+/, 'Syndicated: a new headline for the same report');
    writeFileSync(join(dir, 'original.txt'), a);
    writeFileSync(join(dir, 'syndicated.txt'), copy);
    const r = summaryOf(
      await runCli(['ingest', join(dir, 'original.txt'), join(dir, 'syndicated.txt'), '--db', db, '--json']),
    );
    expect(r).toMatchObject({ new: 2, nearDuplicates: 1 });
  });

  it('reads stdin, and picks the database from DATABASE_URL, else ./sidelines.db', async () => {
    const cwd = join(dir, 'cwd');
    mkdirSync(cwd);
    const viaDefault = await runCli(['ingest', '-', '--json'], { cwd, input: makeArticle(400).text });
    expect(summaryOf(viaDefault)).toMatchObject({ new: 1, db: join(cwd, 'sidelines.db') });
    expect(existsSync(join(cwd, 'sidelines.db'))).toBe(true);
    const envDb = join(dir, 'env.db');
    const viaEnv = await runCli(['ingest', '-', '--json'], {
      cwd,
      input: makeArticle(401).text,
      env: { DATABASE_URL: envDb },
    });
    expect(summaryOf(viaEnv)).toMatchObject({ new: 1, db: envDb });
    expect((await stats(envDb)).documents).toBe(1);
  });

  it('refuses bad option values and unopenable databases as usage errors (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [['watch', articles, '--every', '10x'], /--every: expected a duration/],
      [['ingest', articles, '--timeout', 'soon'], /--timeout: expected a number of seconds/],
      [['ingest', articles, '--max-feed-items', '0'], /--max-feed-items: must be at least 1/],
      [['ingest', articles, '--batch', '100000'], /--batch: at most 5000/],
      [['ingest', articles, '--db', join(dir, 'no-such-dir', 'x.db')], /cannot open database/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });
});

describe('sidelines reextract', () => {
  it('re-runs the pipeline over documents stored by another pipeline version', async () => {
    const db = join(dir, 'reextract.db');
    const first = summaryOf(await runCli(['ingest', articles, '--db', db, '--json']));
    const sqlite = new SqliteDatabase(db);
    sqlite.prepare("update documents set pipeline_version = 'old' where id <= 3").run();
    sqlite.close();
    const r = await runCli(['reextract', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(summaryOf(r)).toMatchObject({
      command: 'reextract',
      reextracted: 3,
      failed: 0,
      documents: 8,
      engagements: first.engagements,
    });
    expect(summaryOf(await runCli(['reextract', '--db', db, '--json']))).toMatchObject({ reextracted: 0 });
    expect((await stats(db)).pipelineVersions).toHaveLength(1);
  });
});

describe('sidelines watch', () => {
  it('--once polls once and exits with the ingest exit code', async () => {
    const db = join(dir, 'watch.db');
    const r = await runCli(['watch', `${web.base}/feed.xml`, '--every', '1h', '--once', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(summaryOf(r)).toMatchObject({ command: 'watch', new: 5 });
  });

  it('polls every --every, fetches only new items, and stops cleanly on SIGTERM', async () => {
    const db = join(dir, 'watch-loop.db');
    const before = web.hits.get('/articles/104') ?? 0;
    const r = await runCli(['watch', `${web.base}/feed.xml`, '--every', '1s', '--db', db, '--json'], {
      onSpawn: (child) => {
        let lines = 0;
        child.stdout?.on('data', (s: Buffer) => {
          lines += s
            .toString()
            .split('\n')
            .filter((l) => l.trim()).length;
          if (lines >= 2) child.kill('SIGTERM');
        });
      },
    });
    expect(r.code).toBe(0);
    expect(r.signal).toBe(null);
    const polls = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { new: number; unchanged: number });
    expect(polls[0]).toMatchObject({ new: 5 });
    expect(polls[1]).toMatchObject({ new: 0, unchanged: 5 });
    // The teaser's link was fetched by the first poll only.
    expect((web.hits.get('/articles/104') ?? 0) - before).toBe(1);
  });
});
