// An HTTP server on 127.0.0.1 (random port), started inside the test process, that plays every
// kind of web source the ingest has to cope with: articles, RSS and Atom feeds (complete items and
// teasers with links), a 500, a slow endpoint that never answers, huge bodies, broken XML, a
// 10,000-item feed, redirect chains and loops, and a page with no article. Children spawned by a
// test reach it over loopback, so nothing leaves the machine.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeArticle } from './articleCorpus.ts';

export interface Loopback {
  base: string;
  /** Requests seen, by path (to check what was fetched). */
  hits: Map<string, number>;
  /** /versioned serves article 200 + version: change it to publish a new version at one URL. */
  state: { version: number };
  close(): Promise<void>;
}

export const escapeXml = (s: string): string => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Article `n` as an HTML page. */
export function articleHtml(n: number): string {
  const { text } = makeArticle(n);
  const [headline = '', , ...rest] = text.split('\n');
  const paras = rest.filter((l) => l.trim() !== '').map((l) => `<p>${escapeXml(l)}</p>`);
  return `<!doctype html><html><head><title>${escapeXml(headline)}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${escapeXml(headline)}</h1>${paras.join('')}</article><footer>© Test News</footer></body></html>`;
}

/** An RSS item: the full article as content:encoded, or only a teaser and a link. */
export function rssItem(base: string, n: number, complete: boolean): string {
  const { text } = makeArticle(n);
  const title = text.split('\n')[0] ?? '';
  const full = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${escapeXml(l)}</p>`)
    .join('');
  const padding =
    '<p>The ministers also reviewed the calendar of visits, consultations and joint commissions planned for the coming months, and agreed that officials would meet regularly to keep track of progress on every item discussed.</p>'.repeat(
      8,
    );
  const content = complete ? `<content:encoded><![CDATA[${full}${padding}]]></content:encoded>` : '';
  return `<item><title>${escapeXml(title)}</title><link>${base}/articles/${n}</link><guid>${base}/articles/${n}</guid><description>${escapeXml(title)}: a short teaser.</description>${content}<pubDate>Tue, 08 Oct 2024 10:00:00 GMT</pubDate></item>`;
}

export function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test feed</title><link>http://example.test/</link>${items.join('')}</channel></rss>`;
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Streams `total` bytes of text in 1 MB chunks, honouring backpressure; stops if the client goes. */
function streamBytes(res: ServerResponse, total: number): void {
  const chunk = Buffer.alloc(1024 * 1024, 'lorem ipsum ');
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (sent = total));
  pump();
}

export async function startLoopback(): Promise<Loopback> {
  const hits = new Map<string, number>();
  const state = { version: 0 };
  let base = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    const article = /^\/articles\/(\d+)$/.exec(path);
    const hop = /^\/redirect\/(\d+)$/.exec(path);
    if (article) return send(200, 'text/html; charset=utf-8', articleHtml(Number(article[1])));
    if (hop) {
      const n = Number(hop[1]);
      return send(302, 'text/plain', '', { location: n > 0 ? `/redirect/${n - 1}` : '/articles/1' });
    }
    switch (path) {
      case '/versioned':
        return send(200, 'text/html', articleHtml(200 + state.version));
      case '/feed.xml': // three complete items and two teasers whose links are fetched
        return send(
          200,
          'application/rss+xml',
          rss(
            [1, 2, 3].map((n) => rssItem(base, 100 + n, true)).concat([4, 5].map((n) => rssItem(base, 100 + n, false))),
          ),
        );
      case '/feed-as-text': // a feed served with a wrong type: found by its root element
        return send(200, 'text/plain', rss([rssItem(base, 120, true)]));
      case '/atom.xml':
        return send(
          200,
          'application/atom+xml',
          `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Atom entry</title><id>urn:x:1</id><link href="/articles/130"/><updated>2024-05-01T00:00:00Z</updated><summary>teaser</summary></entry></feed>`,
        );
      case '/feed-dead-links.xml': // one good teaser, one whose link returns 500
        return send(
          200,
          'application/rss+xml',
          rss([
            rssItem(base, 140, false),
            rssItem(base, 141, false).replace(`${base}/articles/141</link>`, `${base}/status/500</link>`),
          ]),
        );
      case '/feed-10k.xml':
        return send(
          200,
          'application/rss+xml',
          rss(Array.from({ length: 10_000 }, (_, i) => rssItem(base, 1000 + i, false))),
        );
      case '/broken.xml':
        return send(
          200,
          'application/rss+xml',
          '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Unclosed</channel></rss>',
        );
      case '/status/500':
        return send(500, 'text/plain', 'internal error');
      case '/status/404':
        return send(404, 'text/html', '<h1>Not found</h1>');
      case '/slow': // headers never come: only the client's timeout ends this
        return;
      case '/huge': // no Content-Length: the cap has to be enforced while streaming
        res.writeHead(200, { 'content-type': 'text/plain' });
        return streamBytes(res, 51 * 1024 * 1024);
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(60 * 1024 * 1024) });
        return streamBytes(res, 60 * 1024 * 1024);
      case '/redirect-loop':
        return send(302, 'text/plain', '', { location: '/redirect-loop' });
      case '/image.png':
        return send(200, 'image/png', PNG);
      case '/nonarticle':
        return send(
          200,
          'text/html',
          `<!doctype html><html><head><title>Ministry</title></head><body><nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul></nav><footer>Contact</footer></body></html>`,
        );
      default:
        return send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
