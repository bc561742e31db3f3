// One feed item → one document. When the item carries the whole article (content:encoded or
// Atom content with enough text), that content is used as it is, wrapped in a small HTML page
// with the item's title and date so ingest finds them; otherwise the item's link is fetched.
import type Parser from 'rss-parser';
import { fetchUrl } from './fetchUrl.ts';
import type { SourceItem, SourceOptions } from './sourceItem.ts';

export type FeedItem = Parser.Item & { 'content:encoded'?: string; id?: string };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
}

/** Characters of text in an HTML fragment (tags and entities removed, whitespace collapsed). */
export function textLength(html: string): number {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#\d+|#x[\da-f]+|\w+);/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim().length;
}

/** The item's richest content: content:encoded, or Atom <content> (rss-parser's `content`). */
function bestContent(item: FeedItem): string {
  const candidates = [item['content:encoded'], item.content, item.summary].filter(
    (c): c is string => typeof c === 'string' && c.trim() !== '',
  );
  let best = '';
  for (const c of candidates) if (textLength(c) > textLength(best)) best = c;
  return best;
}

/** The item's link made absolute against the feed's URL; null when missing or not http(s). */
export function itemLink(item: FeedItem, feedUrl: string | null): string | null {
  const raw = item.link?.trim() || (item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : '');
  if (!raw) return null;
  try {
    const url = feedUrl ? new URL(raw, feedUrl) : new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function wrap(item: FeedItem, content: string): Uint8Array {
  const title = item.title?.trim() ? escapeHtml(item.title.trim()) : '';
  const date = item.isoDate ? `<meta property="article:published_time" content="${escapeHtml(item.isoDate)}">` : '';
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${date}</head>` +
    `<body><article>${title ? `<h1>${title}</h1>` : ''}${content}</article></body></html>`;
  return new TextEncoder().encode(html);
}

/** The document for one item, fetched through its link unless its content looks complete. */
export async function feedItemDocument(
  item: FeedItem,
  source: string,
  feedUrl: string | null,
  opts: SourceOptions,
): Promise<SourceItem> {
  const content = bestContent(item);
  const link = itemLink(item, feedUrl);
  const meta = { title: item.title?.trim() || null, published: item.isoDate ?? null };
  if (textLength(content) >= opts.completeContentChars || (link === null && content !== '')) {
    return { kind: 'document', source, url: link, bytes: wrap(item, content), format: 'feed-item', ...meta };
  }
  if (link === null) return { kind: 'failure', source, reason: 'feed item has neither content nor a link' };
  const got = await fetchUrl(link, opts);
  if (!got.ok) return { kind: 'failure', source, reason: got.reason };
  return { kind: 'document', source, url: got.url, bytes: got.bytes, format: 'feed-item', ...meta };
}
