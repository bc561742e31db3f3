// Is this input an RSS/Atom feed rather than an article? Decided by the Content-Type when a
// server sends a feed type, otherwise by the XML root element (servers often label feeds
// text/xml, application/xml or even text/plain, and local files have no type at all).

/** Content types that always mean a feed. */
const FEED_TYPES = /^\s*application\/(?:rss|atom|rdf)\+xml\b/i;

/** How much of the input is looked at to find the root element. */
const HEAD_BYTES = 4096;

/** Prolog items that may come before the root element. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/i;

/** Root elements of RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom, with or without a namespace prefix. */
const FEED_ROOT = /^<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]/;

/** The first element's opening tag, after an optional BOM and the XML prolog. */
export function rootElement(bytes: Uint8Array): string | null {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, HEAD_BYTES));
  if (text.startsWith('\ufeff')) text = text.slice(1);
  for (let guard = 0; guard < 64; guard++) {
    const m = PROLOG.exec(text);
    if (!m || m[0].length === 0) break;
    text = text.slice(m[0].length);
  }
  const tag = /^<[^\s>/]+/.exec(text);
  return tag ? text.slice(0, Math.min(text.length, tag[0].length + 1)) : null;
}

export function isFeedContentType(contentType: string | null): boolean {
  return contentType !== null && FEED_TYPES.test(contentType);
}

/** True for RSS/Atom: a feed Content-Type, or an XML document whose root is rss/feed/rdf:RDF. */
export function looksLikeFeed(contentType: string | null, bytes: Uint8Array): boolean {
  if (isFeedContentType(contentType)) return true;
  const root = rootElement(bytes);
  return root !== null && FEED_ROOT.test(root);
}
