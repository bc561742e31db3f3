// POST /api/ingest {url}: fetches the article with src/sources' fetcher (timeouts, redirect and
// size caps). A feed URL is refused here: feeds are `sidelines ingest` / `watch` work, since one
// request must not fan out into thousands of fetches.
import { fetchUrl } from '../sources/fetchUrl.ts';
import { looksLikeFeed } from '../sources/looksLikeFeed.ts';
import { DEFAULT_TIMEOUT_MS } from '../sources/sourceItem.ts';
import type { FetchArticle } from './writeRoutes.ts';

export interface FetchArticleOptions {
  maxBytes: number;
  timeoutMs?: number;
  userAgent?: string;
}

export function createFetchArticle(options: FetchArticleOptions): FetchArticle {
  return async (url) => {
    const got = await fetchUrl(url, {
      maxBytes: options.maxBytes,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRedirects: 5,
      userAgent: options.userAgent ?? 'sidelines (+https://github.com/sidelines)',
    });
    if (!got.ok) return { ok: false, reason: got.reason };
    if (looksLikeFeed(got.contentType, got.bytes)) {
      return { ok: false, reason: 'this is a feed: ingest feeds with `sidelines ingest` or `sidelines watch`' };
    }
    return { ok: true, article: { source: url, url: got.url, bytes: got.bytes, format: 'url' } };
  };
}
