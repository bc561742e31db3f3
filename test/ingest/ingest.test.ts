import fc from 'fast-check';
import { describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { ingest, type IngestResult } from '../../src/pipeline/ingest/ingest.ts';

const LIMITS = { maxBytes: 10 * 1024 * 1024 };
const utf8 = (s: string): number[] => Array.from(new TextEncoder().encode(s));
const bytesOf = (...parts: (string | number | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? utf8(p) : typeof p === 'number' ? [p] : p)));
const run = (bytes: Uint8Array, limits = LIMITS): IngestResult => ingest({ source: 'test', bytes }, limits);
const runText = (s: string): IngestResult => run(new TextEncoder().encode(s));

function ok(r: IngestResult): Extract<IngestResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r;
}
function fail(r: IngestResult): string {
  if (r.ok) throw new Error(`expected failure, got text: ${r.text.slice(0, 80)}`);
  return r.reason;
}

const SENTENCE = 'The foreign minister met her counterpart on the sidelines of the summit to discuss trade. ';
const para = (lead: string, n = 3): string => `<p>${lead} ${SENTENCE.repeat(n)}</p>`;

describe('empty and oversized input', () => {
  it('rejects 0 bytes', () => {
    expect(fail(run(new Uint8Array(0)))).toBe('empty file');
  });

  it('rejects whitespace-only, BOM-only and invisible-only text', () => {
    expect(fail(runText('  \n\t \r\n  '))).toBe('empty file');
    expect(fail(run(bytesOf([0xef, 0xbb, 0xbf])))).toBe('empty file');
    expect(fail(run(bytesOf([0xef, 0xbb, 0xbf], ' \u200b\u00a0\n')))).toBe('empty file');
    expect(fail(run(bytesOf([0xff, 0xfe, 0x20, 0x00])))).toBe('empty file');
  });

  it('rejects input over the limit with its size, without decoding it', () => {
    expect(fail(run(bytesOf('x'.repeat(11)), { maxBytes: 10 }))).toBe('too large: 11 bytes (limit 10)');
    // Binary or broken bytes still report size first: nothing was decoded or sniffed.
    const png = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Array(100).fill(0));
    expect(fail(run(png, { maxBytes: 50 }))).toBe('too large: 108 bytes (limit 50)');
  });

  it('accepts input of exactly maxBytes', () => {
    expect(ok(run(bytesOf('0123456789'), { maxBytes: 10 })).text).toBe('0123456789');
  });
});

describe('binary detection', () => {
  const cases: [string, number[], string][] = [
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'binary content (PNG image)'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46], 'binary content (JPEG image)'],
    ['GIF', utf8('GIF89a\u0001\u0000'), 'binary content (GIF image)'],
    ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'binary content (PDF document)'],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], 'binary content (ZIP archive)'],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0], 'binary content (gzip archive)'],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 'binary content (ELF executable)'],
  ];
  for (const [name, bytes, reason] of cases) {
    it(`names ${name} by its magic number`, () => {
      expect(fail(run(new Uint8Array(bytes)))).toBe(reason);
    });
  }

  it('recognises a docx (ZIP with word/ entries)', () => {
    const docx = bytesOf([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], '[Content_Types].xml', [0, 0], 'word/document.xml');
    expect(fail(run(docx))).toBe('binary content (Word document (docx))');
  });

  it('treats NUL bytes in the first 8 KB as binary', () => {
    expect(fail(run(bytesOf('Hello', 0, 'world')))).toBe('binary content');
  });

  it('treats more than 10% control characters as binary', () => {
    const noisy = bytesOf(...Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x61)));
    expect(fail(run(noisy))).toBe('binary content');
  });

  it('allows a few control characters and tabs in text (and removes the controls)', () => {
    const r = ok(run(bytesOf('a\tb', 0x07, 'c', 0x1b, 'd\fe\vf')));
    expect(r.text).toBe('a\tbcd\ne\nf');
  });

  it('does not mistake text that starts like a signature for binary', () => {
    expect(ok(runText('ID3 tags are metadata.')).text).toBe('ID3 tags are metadata.');
    expect(ok(runText('MZ is a prefix.')).format).toBe('text');
  });
});

describe('encodings', () => {
  it('strips a UTF-8 BOM and keeps a leading space', () => {
    const r = ok(run(bytesOf([0xef, 0xbb, 0xbf], ' Leading space kept.\n')));
    expect(r.text).toBe(' Leading space kept.\n');
    expect(r.format).toBe('text');
    expect(r.diagnostics).toEqual([]);
  });

  it('decodes valid UTF-8 unchanged', () => {
    const s = 'Việt Nam – Côte d’Ivoire – 北京 – emoji 🌍';
    expect(ok(runText(s)).text).toBe(s);
  });

  it('decodes Windows-1252 bytes (0xF4, 0x92) with an info diagnostic', () => {
    const r = ok(run(bytesOf('C', 0xf4, 'te d', 0x92, 'Ivoire ', 0x80, '5 ', 0x93, 'hi', 0x94)));
    expect(r.text).toBe('Côte d\u2019Ivoire €5 \u201chi\u201d');
    expect(r.diagnostics).toEqual([
      { stage: 'ingest', rule: 'encoding', reason: 'decoded as Windows-1252', severity: 'info' },
    ]);
  });

  it('decodes Latin-1 text through the Windows-1252 fallback', () => {
    const r = ok(run(bytesOf('Fran', 0xe7, 'ois na', 0xef, 've S', 0xe3, 'o Paulo ', 0xbd)));
    expect(r.text).toBe('François naïve São Paulo ½');
    expect(r.diagnostics[0]?.reason).toBe('decoded as Windows-1252');
  });

  it('rejects single-byte text with a byte Windows-1252 leaves undefined', () => {
    expect(fail(run(bytesOf('abc', 0x81, 'def')))).toBe('invalid UTF-8 at byte 3');
  });

  it('rejects valid multi-byte UTF-8 mixed with invalid bytes, giving the offset', () => {
    // "Café " is 6 bytes in UTF-8 (é = C3 A9); the stray Latin-1 é is byte 6.
    expect(fail(run(bytesOf('Café ', 0xe9, ' ok')))).toBe('invalid UTF-8 at byte 6');
    // Truncated sequence at the end after a valid one.
    expect(fail(run(bytesOf('ü ', 0xe2, 0x80)))).toBe('invalid UTF-8 at byte 3');
    // Overlong encoding of '/' next to a valid sequence.
    expect(fail(run(bytesOf('ñ', 0xc0, 0xaf)))).toBe('invalid UTF-8 at byte 2');
  });

  it('reports offsets from the start of the file when there is a BOM', () => {
    expect(fail(run(bytesOf([0xef, 0xbb, 0xbf], 'ab', 0xe9)))).toBe('invalid UTF-8 at byte 5');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    // Built from UTF-16 code units, so the emoji is a surrogate pair.
    const units = (s: string): number[] => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
    const le = [0xff, 0xfe, ...units('Hé 🌍\r\nx').flatMap((c) => [c & 0xff, c >> 8])];
    const be = [0xfe, 0xff, ...units('Hé 🌍').flatMap((c) => [c >> 8, c & 0xff])];
    expect(ok(run(new Uint8Array(le))).text).toBe('Hé 🌍\nx');
    expect(ok(run(new Uint8Array(be))).text).toBe('Hé 🌍');
  });

  it('rejects broken UTF-16', () => {
    expect(fail(run(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00])))).toMatch(/^invalid UTF-16/);
    expect(fail(run(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00])))).toBe(
      'invalid UTF-16 at byte 4',
    );
  });
});

describe('text normalisation', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(ok(runText('one\r\ntwo\rthree\n\r\nfour')).text).toBe('one\ntwo\nthree\n\nfour');
  });

  it('applies NFC', () => {
    expect(ok(runText('Ha Noi: Vie\u0323\u0302t Nam, cafe\u0301')).text).toBe('Ha Noi: Việt Nam, café');
  });

  it('removes zero-width and control characters but keeps tabs and newlines', () => {
    const r = ok(runText('Zero\u200bwidth\u200d \ufeffjoin\u2060er\u00ad, tab\there,\u0007 bell\u0085next'));
    expect(r.text).toBe('Zerowidth joiner, tab\there, bell\nnext');
  });

  it('replaces non-breaking spaces with spaces', () => {
    expect(ok(runText('10\u00a0km and 5\u202fkg')).text).toBe('10 km and 5 kg');
  });

  it('does not trim lines or the text', () => {
    const s = '  Indented first line  \n\n\n   second   \n';
    expect(ok(runText(s)).text).toBe(s);
  });

  it('treats text with angle brackets (but not HTML) as text', () => {
    const r = ok(runText('Use <p> for paragraphs, a < b and b > c.'));
    expect(r.format).toBe('text');
    expect(r.title).toBeNull();
    expect(r.published).toBeNull();
  });
});

/** A small news page; `head` and `body` fill in the variable parts. */
function page(head: string, article: string, extra = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${head}
<style>body { font-family: STYLE_TEXT_MUST_NOT_APPEAR; }</style>
<script>window.analytics = "SCRIPT_TEXT_MUST_NOT_APPEAR";</script>
</head>
<body>
<header><a href="/">Example Wire</a><nav><ul><li><a href="/world">World NAV_TEXT</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main><article>${article}</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Unrelated ASIDE_TEXT story</a></li></ul></aside>
<footer><p>Copyright FOOTER_TEXT Example Wire. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
${extra}
</body>
</html>`;
}

const ARTICLE = `<h1>Ministers agree on trade corridor</h1>
<p class="byline">By A. Reporter</p>
${para('Opening paragraph.')}
${para('Second paragraph.')}
<h2>Next steps</h2>
<blockquote><p>“We will meet again in spring,” the minister said.</p></blockquote>
<figure><img src="photo.jpg" alt=""><figcaption>The two ministers in Geneva.</figcaption></figure>
<ul><li>First agreed point about tariffs and customs checks.</li><li>Second agreed point about rail links.</li></ul>
<script>document.write("INLINE_SCRIPT_MUST_NOT_APPEAR </p><p> still script");</script>
${para('Closing paragraph.')}`;

describe('HTML articles', () => {
  const head = `<title>Ministers agree on trade corridor | Example Wire</title>
<meta property="og:title" content="Ministers agree on trade corridor &amp; rail links">
<meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2024-02-01T08:00:00Z"}</script>`;

  it('extracts headline, blocks, title and published date', () => {
    const r = ok(runText(page(head, ARTICLE)));
    expect(r.format).toBe('html');
    expect(r.title).toBe('Ministers agree on trade corridor & rail links');
    expect(r.published).toEqual({ value: '2024-03-05', rule: 'html-meta:article:published_time' });
    const lines = r.text.split('\n\n');
    expect(lines[0]).toBe('Ministers agree on trade corridor & rail links');
    expect(lines).toContain(`Opening paragraph. ${SENTENCE.repeat(3).trim()}`);
    expect(lines).toContain('Next steps');
    expect(lines).toContain('“We will meet again in spring,” the minister said.');
    expect(lines).toContain('The two ministers in Geneva.');
    expect(lines).toContain('First agreed point about tariffs and customs checks.');
    expect(lines).toContain('Second agreed point about rail links.');
    expect(lines[lines.length - 1]).toBe(`Closing paragraph. ${SENTENCE.repeat(3).trim()}`);
    // One block per line: no single newlines inside blocks, no empty blocks.
    for (const line of lines) expect(line).toMatch(/^\S(?:[^\n]*\S)?$/);
  });

  it('keeps scripts, styles and page furniture out of the text', () => {
    const r = ok(runText(page(head, ARTICLE)));
    for (const marker of [
      'SCRIPT_TEXT',
      'STYLE_TEXT',
      'INLINE_SCRIPT',
      'still script',
      'NAV_TEXT',
      'ASIDE_TEXT',
      'FOOTER_TEXT',
    ]) {
      expect(r.text).not.toContain(marker);
    }
    expect(r.text).not.toMatch(/[<>]/);
  });

  it('does not repeat the headline when the article starts with it', () => {
    const r = ok(runText(page('<meta property="og:title" content="Ministers agree on trade corridor">', ARTICLE)));
    expect(r.text.split('\n\n').filter((l) => l === 'Ministers agree on trade corridor')).toHaveLength(1);
    expect(r.text.startsWith('Ministers agree on trade corridor\n\n')).toBe(true);
  });

  it('falls back to <title>, then the JSON-LD headline', () => {
    expect(ok(runText(page('<title> Plain  title </title>', ARTICLE))).title).toBe('Plain title');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>';
    expect(ok(runText(page(ld, ARTICLE))).title).toBe('From JSON-LD');
    expect(ok(runText(page('', para('Only body.')))).title).toBeNull();
  });

  it('decodes entities and normalises whitespace in text and title', () => {
    const r = ok(
      runText(
        page('<title>A&nbsp;&amp;&#x20;B</title>', `<p>Caf&eacute;&nbsp;talks&#8203; in\n   Paris. ${SENTENCE}</p>`),
      ),
    );
    expect(r.title).toBe('A & B');
    expect(r.text).toContain(`Café talks in Paris. ${SENTENCE.trim()}`);
  });

  it('keeps a lone <br> inside a paragraph and splits at <br><br> and <pre> lines', () => {
    const body = `<p>WASHINGTON<br>The envoy arrived. ${SENTENCE}</p><pre>line one\n\nline two</pre>${para('After.')}`;
    const lines = ok(runText(page('', body))).text.split('\n\n');
    expect(lines).toContain(`WASHINGTON The envoy arrived. ${SENTENCE.trim()}`);
    expect(lines).toContain('line one');
    expect(lines).toContain('line two');
  });

  it('treats a fragment with several <p> tags as HTML', () => {
    const r = ok(runText(`${para('One.', 1)}\n${para('Two.', 1)}`));
    expect(r.format).toBe('html');
    expect(r.text).toBe(`One. ${SENTENCE.trim()}\n\nTwo. ${SENTENCE.trim()}`);
  });

  it('detects HTML behind an XML prolog or leading comment, in any case', () => {
    for (const prefix of ['<?xml version="1.0"?>\n', '<!-- generated -->\n  ', '\n\n']) {
      const html = `${prefix}<HTML><BODY>${para('Upper case tags.')}</BODY></HTML>`;
      expect(ok(runText(html)).format).toBe('html');
    }
  });

  it('decodes a Windows-1252 HTML page', () => {
    const html = bytesOf(
      `<html><head><title>C`,
      0xf4,
      `te d`,
      0x92,
      `Ivoire</title></head><body><p>Abidjan `,
      0x96,
      ` ${SENTENCE}</p></body></html>`,
    );
    const r = ok(run(html));
    expect(r.title).toBe('Côte d’Ivoire');
    expect(r.text).toContain('Abidjan – The foreign minister');
    expect(r.diagnostics.map((d) => d.reason)).toContain('decoded as Windows-1252');
  });

  it('rejects HTML with no article body', () => {
    expect(fail(runText('<html><head><title>Empty</title></head><body></body></html>'))).toBe(
      'HTML has no article body',
    );
    const navOnly = page(
      '<title>Section</title>',
      '<ul><li><a href="/1">Story one</a></li><li><a href="/2">Story two</a></li></ul>',
    );
    expect(fail(runText(navOnly))).toBe('HTML has no article body');
    expect(fail(runText('<!doctype html><html><body><script>only("script")</script></body></html>'))).toBe(
      'HTML has no article body',
    );
  });

  it('accepts a short article that has paragraph text', () => {
    const r = ok(runText('<!doctype html><html><body><p>The summit opened today in Nairobi.</p></body></html>'));
    expect(r.text).toBe('The summit opened today in Nairobi.');
  });

  it('drops an unclosed script to the end of the input', () => {
    const r = ok(runText(`<html><body>${para('Kept.')}<script>var x = "UNCLOSED_SCRIPT <p>not text</p>`));
    expect(r.text).not.toContain('UNCLOSED_SCRIPT');
    expect(r.text).not.toContain('not text');
  });
});

describe('HTML publication dates', () => {
  const date = (head: string, body = ''): IngestResult =>
    runText(page(head, `${body}${para('Body.')}${para('More.')}`));
  const cases: [string, string, string, string][] = [
    [
      'og:published_time',
      '<meta property="og:published_time" content="2023-11-02T10:00:00Z">',
      '2023-11-02',
      'html-meta:og:published_time',
    ],
    [
      'itemprop meta',
      '<meta itemprop="datePublished" content="2022-07-14">',
      '2022-07-14',
      'html-meta:itemprop:datePublished',
    ],
    ['name=pubdate', '<meta name="pubdate" content="20210105">', '2021-01-05', 'html-meta:pubdate'],
    ['name=date', '<meta name="date" content="2020/12/31">', '2020-12-31', 'html-meta:date'],
    [
      'name=DC.date',
      '<meta name="DC.date" content="Tue, 05 Mar 2019 10:00:00 GMT">',
      '2019-03-05',
      'html-meta:dc.date',
    ],
    [
      'JSON-LD',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-06-30T22:00:00+02:00"}</script>',
      '2018-06-30',
      'json-ld:datePublished',
    ],
    [
      'JSON-LD @graph',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"datePublished":"2017-09-09"}]}</script>',
      '2017-09-09',
      'json-ld:datePublished',
    ],
    [
      'JSON-LD top-level array',
      '<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"March 3, 2016"}]</script>',
      '2016-03-03',
      'json-ld:datePublished',
    ],
  ];
  for (const [name, head, value, rule] of cases) {
    it(`reads ${name}`, () => {
      expect(ok(date(head)).published).toEqual({ value, rule });
    });
  }

  it('reads itemprop on an element and the first <time datetime>', () => {
    expect(ok(date('', '<span itemprop="datePublished">5 April 2015</span>')).published).toEqual({
      value: '2015-04-05',
      rule: 'html-meta:itemprop:datePublished',
    });
    expect(
      ok(date('', '<time datetime="2014-08-01T09:00">1 Aug</time><time datetime="2014-08-02">later</time>')).published,
    ).toEqual({
      value: '2014-08-01',
      rule: 'html-time:datetime',
    });
  });

  it('prefers article:published_time over JSON-LD and skips values that are not dates', () => {
    const head = `<meta property="article:published_time" content="not a date">
<meta property="og:published_time" content="2013-02-30">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2013-02-28"}</script>
<meta property="og:title" content="T">`;
    expect(ok(date(head)).published).toEqual({ value: '2013-02-28', rule: 'json-ld:datePublished' });
  });

  it('ignores malformed JSON-LD and returns null when there is no date', () => {
    const head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>';
    expect(ok(date(head)).published).toBeNull();
  });
});

describe('robustness and bounded work', () => {
  it('handles a huge HTML page (scripts, styles, many paragraphs) and keeps scripts out', () => {
    const script = `<script>var blob = "${'HUGE_SCRIPT '.repeat(50_000)}";</script>`;
    const style = `<style>${'.c { color: red } '.repeat(20_000)}</style>`;
    const paras = Array.from({ length: 3000 }, (_, i) => para(`Paragraph ${i}.`, 2)).join('\n');
    const html = page('<title>Huge</title>', paras, (script + style).repeat(8));
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    const r = ok(runText(html));
    expect(r.text).toContain('Paragraph 2999.');
    expect(r.text).not.toContain('HUGE_SCRIPT');
    expect(r.text).not.toContain('color: red');
  });

  it('walks very large pages without Readability and says so', () => {
    const cells = Array.from(
      { length: 8000 },
      (_, i) => `<div><span>Item ${i}</span> <a href="/${i}">link</a></div>`,
    ).join('');
    const html = page('<title>Many elements</title>', `${cells}${para('Real text.')}`);
    const r = ok(runText(html));
    expect(r.text).toContain('Real text.');
    expect(r.text).not.toContain('NAV_TEXT');
    expect(r.diagnostics.some((d) => d.rule === 'html-fallback' && d.severity === 'warning')).toBe(true);
  });

  it('survives deeply nested markup', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}${para('Deep.')}${'</div>'.repeat(20_000)}</body></html>`;
    const r = ok(runText(html));
    expect(r.text).toContain('Deep.');
    expect(r.diagnostics.some((d) => d.rule === 'html-fallback')).toBe(true);
  });

  it('handles large plain text', () => {
    const text = 'Plain line of news text.\n'.repeat(200_000);
    expect(ok(runText(text)).text).toBe(text);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = run(bytes);
        return r.ok ? typeof r.text === 'string' : r.reason.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary HTML-ish strings', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '<body>',
      '<html>',
      '<br>',
      '<style>',
      '&amp;',
      'text ',
      '\u00a0',
      '<div',
      '>',
      '"',
      '<pre>',
      '\r\n',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const r = runText(parts.join(''));
        if (r.ok) expect(r.text).not.toMatch(/\r|\u00a0/);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
