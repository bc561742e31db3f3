// src/sources against a loopback HTTP server and a scratch directory: URL fetching (redirects,
// status, timeout, size cap), feed detection and reading (complete items used as they are,
// teasers fetched, the per-feed cap reported, broken XML), and the directory walk (order,
// hidden files, symlink loops, broken links, pipes). No network beyond 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { expandInputs } from '../../src/sources/expandInputs.ts';
import { fetchUrl } from '../../src/sources/fetchUrl.ts';
import { looksLikeFeed } from '../../src/sources/looksLikeFeed.ts';
import { readInput } from '../../src/sources/readInput.ts';
import { defaultSourceOptions, type SourceItem, type SourceOptions } from '../../src/sources/sourceItem.ts';
import { walkPath } from '../../src/sources/walkPath.ts';
import { expect } from '../expect.ts';
import { startLoopback, type Loopback } from './loopbackServer.ts';

const MB = 1024 * 1024;
let web: Loopback;
let dir = '';

function options(extra: Partial<SourceOptions> = {}): SourceOptions {
  return { ...defaultSourceOptions(new PassThrough(), 50 * MB), timeoutMs: 2000, ...extra };
}

async function collect(args: string[], extra: Partial<SourceOptions> = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of expandInputs(args, options(extra))) out.push(item);
  return out;
}

const reasons = (items: SourceItem[]): string[] => items.flatMap((i) => (i.kind === 'failure' ? [i.reason] : []));

before(async () => {
  web = await startLoopback();
  dir = mkdtempSync(join(tmpdir(), 'sidelines-sources-'));
});
after(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fetchUrl', () => {
  it('fetches an article and follows up to 5 redirects', async () => {
    const ok = await fetchUrl(`${web.base}/redirect/4`, options());
    expect(ok).toMatchObject({ ok: true, url: `${web.base}/articles/1` });
    const tooMany = await fetchUrl(`${web.base}/redirect/5`, options());
    expect(tooMany).toMatchObject({ ok: false, reason: 'too many redirects (more than 5)' });
  });

  it('reports status, loops, timeouts, size and refused connections as reasons', async () => {
    const cases: [string, Partial<SourceOptions>, RegExp][] = [
      ['/status/500', {}, /^HTTP 500$/],
      ['/redirect-loop', {}, /^redirect loop$/],
      ['/slow', { timeoutMs: 300 }, /^timed out after 0\.3 s$/],
      ['/huge', { maxBytes: 2 * MB }, /^too large: more than 2097152 bytes/],
      ['/huge-declared', {}, /^too large: 62914560 bytes \(limit 52428800\)$/],
    ];
    for (const [path, extra, reason] of cases) {
      const got = await fetchUrl(`${web.base}${path}`, options(extra));
      expect(got.ok, path).toBe(false);
      if (!got.ok) expect(got.reason, path).toMatch(reason);
    }
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await fetchUrl(`http://127.0.0.1:${port}/`, options());
    expect(refused).toMatchObject({ ok: false, reason: 'cannot fetch (ECONNREFUSED)' });
  });
});

describe('feeds', () => {
  it('detects feeds by content type or by root element', () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(looksLikeFeed('application/rss+xml; charset=utf-8', enc('garbage'))).toBe(true);
    expect(looksLikeFeed(null, enc('\ufeff<?xml version="1.0"?>\n<!-- c --><rss version="2.0">'))).toBe(true);
    expect(looksLikeFeed('text/xml', enc('<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe(true);
    expect(looksLikeFeed(null, enc('<rdf:RDF xmlns:rdf="x">'))).toBe(true);
    expect(looksLikeFeed('text/html', enc('<!doctype html><html><body><p>rss</p>'))).toBe(false);
    expect(looksLikeFeed(null, enc('<?xml version="1.0"?><config/>'))).toBe(false);
  });

  it('uses complete items as they are and fetches the links of teasers', async () => {
    const before = web.hits.get('/articles/101') ?? 0;
    const items = await collect([`${web.base}/feed.xml`]);
    expect(items.map((i) => i.kind)).toEqual(['document', 'document', 'document', 'document', 'document']);
    expect(items.map((i) => (i.kind === 'document' ? i.format : ''))).toEqual(Array(5).fill('feed-item'));
    expect(web.hits.get('/articles/101') ?? 0).toBe(before); // complete: not fetched
    expect(web.hits.get('/articles/104')).toBeGreaterThanOrEqual(1); // teaser: fetched
    const first = items[0];
    expect(first?.kind === 'document' && first.published).toBe('2024-10-08T10:00:00.000Z');
    expect(first?.kind === 'document' && first.url).toBe(`${web.base}/articles/101`);
  });

  it('reads Atom, feeds with a wrong content type, and per-item failures', async () => {
    const atom = await collect([`${web.base}/atom.xml`]);
    expect(atom).toMatchObject([{ kind: 'document', url: `${web.base}/articles/130`, title: 'Atom entry' }]);
    const mislabelled = await collect([`${web.base}/feed-as-text`]);
    expect(mislabelled).toMatchObject([{ kind: 'document', format: 'feed-item' }]);
    const dead = await collect([`${web.base}/feed-dead-links.xml`]);
    expect(dead.map((i) => i.kind)).toEqual(['document', 'failure']);
    expect(dead[1]).toMatchObject({ source: `${web.base}/status/500`, reason: 'HTTP 500' });
  });

  it('caps a 10,000-item feed and reports the rest as skipped', async () => {
    const t0 = performance.now();
    const items = await collect([`${web.base}/feed-10k.xml`], { maxFeedItems: 20 });
    expect(items.filter((i) => i.kind === 'document')).toHaveLength(20);
    expect(items.at(-1)).toEqual({
      kind: 'skipped',
      source: `${web.base}/feed-10k.xml`,
      count: 9980,
      reason: '9980 of 10000 feed items skipped (limit 20 per feed)',
    });
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('reports broken XML as an invalid feed, and remembers items already seen', async () => {
    // Twice: a parser reused after an error would accept the second copy.
    const broken = await collect([`${web.base}/broken.xml`, `${web.base}/broken.xml`]);
    expect(broken.map((i) => i.kind)).toEqual(['failure', 'failure']);
    for (const reason of reasons(broken)) expect(reason).toMatch(/^invalid feed: Unexpected close tag/);
    const seen = new Set<string>();
    const first = await collect([`${web.base}/feed.xml`], { seen });
    const second = await collect([`${web.base}/feed.xml`], { seen });
    expect(first.every((i) => i.kind === 'document')).toBe(true);
    expect(second.map((i) => i.kind)).toEqual(Array(5).fill('seen'));
  });
});

describe('walkPath', () => {
  it('walks in code-point order, skips hidden entries, reports loops, broken links and pipes', async () => {
    const root = join(dir, 'walk');
    mkdirSync(join(root, 'b-dir', 'inner'), { recursive: true });
    mkdirSync(join(root, 'empty'));
    for (const name of ['Z.txt', 'a.txt', '.hidden.txt', 'b-dir/inner/c.txt']) writeFileSync(join(root, name), 'x');
    symlinkSync('..', join(root, 'b-dir', 'up')); // back to an ancestor
    symlinkSync('self-loop', join(root, 'self-loop'));
    symlinkSync('missing-target', join(root, 'dangling'));
    execFileSync('mkfifo', [join(root, 'pipe')]);
    const got: string[] = [];
    for await (const e of walkPath(root)) {
      got.push(e.kind === 'file' ? e.path.slice(root.length + 1) : `${e.source.slice(root.length + 1)}: ${e.reason}`);
    }
    expect(got).toEqual([
      'Z.txt',
      'a.txt',
      'b-dir/inner/c.txt',
      `b-dir/up: symlink loop (leads back to ${root})`,
      'dangling: broken symbolic link',
      'empty: empty directory',
      'pipe: a named pipe, not a regular file',
      'self-loop: symlink loop (too many levels of symbolic links)',
    ]);
  });

  it('reads a local feed file and stdin', async () => {
    const feed = join(dir, 'local-feed.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Only</title><description>Ministers met in Accra on Monday.</description></item></channel></rss>`,
    );
    expect(await collect([feed])).toMatchObject([
      { kind: 'document', source: `${feed}#item-1`, url: null, title: 'Only' },
    ]);
    const stdin = new PassThrough();
    stdin.end('Ministers met.');
    expect(await collect(['-'], { stdin })).toMatchObject([{ kind: 'document', source: '<stdin>', format: 'stdin' }]);
  });

  it('reads a named pipe given by name, and reports a file over the cap before reading it', async () => {
    const pipe = join(dir, 'arg-pipe');
    execFileSync('mkfifo', [pipe]);
    // The writer opens the pipe once the reader does: the read must neither block the thread nor
    // give up before the writer comes.
    const writer = spawn('sh', ['-c', `printf 'Ministers met in Hanoi.' > '${pipe}'`]);
    const written = new Promise((resolve) => writer.on('close', resolve));
    const items = await collect([pipe]);
    expect(await written).toBe(0);
    expect(items).toMatchObject([{ kind: 'document', source: pipe, format: 'file' }]);
    const first = items[0];
    expect(first?.kind === 'document' && Buffer.from(first.bytes).toString()).toBe('Ministers met in Hanoi.');
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(2000));
    expect(reasons(await collect([big], { maxBytes: 1000 }))).toEqual(['too large: 2000 bytes (limit 1000)']);
  });

  it('leaves a file it owns with its access time (no inode write per article read)', async (t) => {
    if (process.platform !== 'linux') return t.skip('O_NOATIME is Linux only');
    const file = join(dir, 'old.txt');
    writeFileSync(file, 'Ministers met in Suva.');
    // two days old (whole seconds: sub-millisecond times do not round-trip exactly): relatime
    // would update it at the first read
    const old = new Date(Math.floor(Date.now() / 1000 - 2 * 86_400) * 1000);
    utimesSync(file, old, old);
    for (const sync of [true, false]) {
      const got = await readInput(file, 1000, new PassThrough(), { sync });
      expect(got.ok).toBe(true);
      // an update would move it by two days; allow for the file system's time resolution
      expect(Math.abs(statSync(file).atimeMs - old.getTime())).toBeLessThan(1000);
    }
  });

  it('reads a regular file the same on this thread and on the pool, refusing one over the cap', async () => {
    const file = join(dir, 'both-ways.txt');
    writeFileSync(file, 'Ministers met in Lomé.');
    for (const sync of [true, false]) {
      const got = await readInput(file, 1000, new PassThrough(), { sync });
      expect(got.ok && Buffer.from(got.bytes).toString()).toBe('Ministers met in Lomé.');
      expect(await readInput(file, 10, new PassThrough(), { sync })).toEqual({
        ok: false,
        source: file,
        reason: 'too large: 23 bytes (limit 10)',
      });
      expect(await readInput(join(dir, 'missing.txt'), 1000, new PassThrough(), { sync })).toMatchObject({
        ok: false,
        reason: 'no such file',
      });
    }
  });
});
