// The bad-input directory of badInputs.test.ts: 25+ kinds of file that cannot be ingested (each
// with the reason the summary must give), three good articles, a feed of 10,000 items, and a
// list of bad URLs on the loopback server (plus an unsupported scheme and a missing path).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeArticle } from './articleCorpus.ts';
import { articleHtml, rss } from './loopbackServer.ts';

export const LIMIT = 50 * 1024 * 1024;

export interface BadInputs {
  /** The directory to ingest: `dir`/inputs. */
  inputs: string;
  /** Every source that must be reported, with its reason. */
  expected: Map<string, RegExp>;
  /** The good files, in walk order. */
  good: string[];
  /** Command-line arguments besides the directory: URLs, an ftp:// URL, a missing path. */
  urls: string[];
  /** Why the unreadable-file case was left out, if it was. */
  unreadableSkipped: string;
}

/** A feed of 10,000 identical complete items: 500 are taken (stored once), 9,500 skipped. */
function bigFeed(): string {
  const body = `<p>${makeArticle(600).text.replace(/\n+/g, '</p><p>')}</p>`.repeat(3);
  const item = `<item><title>Same story</title><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
  return rss(Array(10_000).fill(item));
}

export function writeBadInputs(dir: string, base: string): BadInputs {
  const expected = new Map<string, RegExp>();
  const good: string[] = [];
  const urls: string[] = [];
  let unreadableSkipped = '';
  const bad = join(dir, 'inputs');
  mkdirSync(join(bad, 'nested'), { recursive: true });
  const put = (name: string, data: string | Uint8Array, reason?: RegExp): string => {
    const p = join(bad, name);
    writeFileSync(p, data);
    if (reason) expected.set(p, reason);
    return p;
  };
  const binary = (kind: string): RegExp => new RegExp(`^binary content \\(${kind}\\)$`);
  good.push(
    put('good-1.txt', makeArticle(500).text),
    put('good-2.html', articleHtml(501)),
    put('nested/good-3.txt', makeArticle(502).text),
  );

  put('empty.txt', '', /^empty file$/);
  put('whitespace.txt', '  \n\t  \r\n ', /^empty file$/);
  put(
    'image.png',
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ),
    binary('PNG image'),
  );
  put('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1]), binary('JPEG image'));
  put('report.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n', binary('PDF document'));
  put('archive.gz', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x4b, 0x4c, 0x4a, 6, 0]), binary('gzip archive'));
  put('archive.zip', Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0, 0x21, 0x43]), binary('ZIP archive'));
  put(
    'program.elf',
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Array(120).fill(0)]),
    binary('ELF executable'),
  );
  put('data.sqlite', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(200)]), binary('SQLite database'));
  put(
    'truncated.html',
    '<!doctype html><html><head><title>Ministers meet</title></head><body><div cla',
    /^HTML has no article body$/,
  );
  put(
    'no-body.html',
    '<!doctype html><html><head><title>Only a head</title></head></html>',
    /^HTML has no article body$/,
  );
  const nav = `<!doctype html><html><head><title>Ministry</title></head><body><nav><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul></nav><footer>Contact</footer></body></html>`;
  put('nav-page.html', nav, /^HTML has no article body$/);
  const text = makeArticle(503).text;
  put(
    'invalid-utf8.txt',
    Buffer.concat([
      Buffer.from(`Hà Nội — ${text.slice(0, 200)}`),
      Buffer.from([0xff, 0xc0, 0xaf, 0x80, 0xe2, 0x82, 0x20]),
      Buffer.from(text.slice(200)),
    ]),
    /^invalid UTF-8 at byte \d+$/,
  );
  put(
    'nul-bytes.txt',
    Buffer.concat([Buffer.from(text.slice(0, 300)), Buffer.alloc(64), Buffer.from(text.slice(300))]),
    /^binary content/,
  );
  put('utf16-no-bom.txt', Buffer.from(text, 'utf16le'), /^binary content/);
  put(
    'control-chars.txt',
    Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0x41 : i % 31))),
    /^binary content/,
  );
  truncateSync(put('huge.txt', '', new RegExp(`^too large: ${LIMIT + 1} bytes \\(limit ${LIMIT}\\)$`)), LIMIT + 1);
  put(
    'broken-feed.xml',
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Half</title></chanel>',
    /^invalid feed: /,
  );
  put('big-feed.xml', bigFeed());
  put('.hidden-notes.txt', 'never read');
  if (process.getuid?.() === 0) {
    unreadableSkipped = 'running as root: chmod 000 does not stop reads, so the fifo stands in for an unreadable file';
  } else {
    chmodSync(put('unreadable.txt', text, /^permission denied$/), 0o000);
  }
  execFileSync('mkfifo', [join(bad, 'pipe')]);
  expected.set(join(bad, 'pipe'), /^a named pipe, not a regular file$/);
  symlinkSync('loop-b', join(bad, 'loop-a'));
  symlinkSync('loop-a', join(bad, 'loop-b'));
  expected.set(join(bad, 'loop-a'), /^symlink loop \(too many levels of symbolic links\)$/);
  expected.set(join(bad, 'loop-b'), /^symlink loop \(too many levels of symbolic links\)$/);
  symlinkSync('..', join(bad, 'nested', 'up'));
  expected.set(join(bad, 'nested', 'up'), /^symlink loop \(leads back to /);
  symlinkSync('no-such-target.txt', join(bad, 'dangling.txt'));
  expected.set(join(bad, 'dangling.txt'), /^broken symbolic link$/);
  mkdirSync(join(bad, 'story.html'));
  expected.set(join(bad, 'story.html'), /^empty directory$/);

  const url = (path: string, reason: RegExp): void => {
    urls.push(`${base}${path}`);
    expected.set(`${base}${path}`, reason);
  };
  url('/slow', /^timed out after 1 s$/);
  url('/status/500', /^HTTP 500$/);
  url('/status/404', /^HTTP 404$/);
  url('/huge', new RegExp(`^too large: more than ${LIMIT} bytes`));
  url('/redirect-loop', /^redirect loop$/);
  url('/redirect/7', /^too many redirects \(more than 5\)$/);
  url('/broken.xml', /^invalid feed: /);
  url('/image.png', binary('PNG image'));
  url('/nonarticle', /^HTML has no article body$/);
  urls.push('ftp://127.0.0.1/file.txt', join(dir, 'not-there.txt'));
  expected.set('ftp://127.0.0.1/file.txt', /^unsupported URL scheme$/);
  expected.set(join(dir, 'not-there.txt'), /^no such file$/);
  return { inputs: bad, expected, good, urls, unreadableSkipped };
}
