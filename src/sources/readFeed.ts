// An RSS/Atom feed → its items as documents. Broken XML fails the feed as a whole ("invalid
// feed: ..."); after that every item stands alone, so one item's failed fetch is that item's
// failure. At most `maxFeedItems` items are taken (in feed order, usually newest first) and the
// rest are reported as skipped. Item links are fetched a few at a time; results keep feed order.
import Parser from 'rss-parser';
import { feedItemDocument, itemLink, type FeedItem } from './feedItemDocument.ts';
import type { SourceItem, SourceOptions } from './sourceItem.ts';

/** A fresh parser per feed: xml2js keeps state after an error, and a reused parser then accepts
 * the next broken document (seen with rss-parser 3.13). */
function newParser(): Parser<Record<string, unknown>, FeedItem> {
  return new Parser({ customFields: { item: ['content:encoded', 'id'] } });
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').trim().slice(0, 200) || 'unreadable XML';
}

/** A stable identity for an item across polls: guid, Atom id, link, or title and date. */
export function itemKey(item: FeedItem, feedKey: string): string {
  const id = item.guid?.trim() || item.id?.trim() || item.link?.trim();
  return id ? `${feedKey} ${id}` : `${feedKey} ${item.title ?? ''} ${item.isoDate ?? ''}`;
}

/** Runs `fn` over `inputs` with at most `limit` calls in flight, yielding results in order. */
async function* mapOrdered<T, R>(inputs: readonly T[], limit: number, fn: (x: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = (): void => {
    while (next < inputs.length && pending.length < Math.max(1, limit)) pending.push(fn(inputs[next++] as T));
  };
  fill();
  while (pending.length > 0) {
    const result = await (pending.shift() as Promise<R>);
    fill();
    yield result;
  }
}

export async function* readFeed(
  source: string,
  bytes: Uint8Array,
  feedUrl: string | null,
  opts: SourceOptions,
): AsyncGenerator<SourceItem> {
  let items: FeedItem[];
  try {
    const xml = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    items = (await newParser().parseString(xml)).items;
  } catch (err) {
    yield {
      kind: 'failure',
      source,
      reason: `invalid feed: ${firstLine(err instanceof Error ? err.message : String(err))}`,
    };
    return;
  }
  const kept = items.slice(0, Math.max(0, opts.maxFeedItems));
  const skipped = items.length - kept.length;
  opts.onDiscover?.(kept.length + (skipped > 0 ? 1 : 0) - 1);

  const feedKey = feedUrl ?? source;
  const work = kept.map((item, i) => ({
    item,
    key: itemKey(item, feedKey),
    source: itemLink(item, feedUrl) ?? `${source}#item-${i + 1}`,
  }));
  const results = mapOrdered(work, opts.concurrency, async ({ item, key, source: itemSource }): Promise<SourceItem> => {
    if (opts.seen?.has(key)) return { kind: 'seen', source: itemSource };
    return feedItemDocument(item, itemSource, feedUrl, opts);
  });
  let i = 0;
  for await (const result of results) {
    const key = work[i++]?.key;
    // Only delivered documents count as seen: a failed item is tried again on the next poll.
    if (result.kind === 'document' && key !== undefined) opts.seen?.add(key);
    yield result;
  }
  if (skipped > 0) {
    yield {
      kind: 'skipped',
      source,
      count: skipped,
      reason: `${skipped} of ${items.length} feed items skipped (limit ${opts.maxFeedItems} per feed)`,
    };
  }
}
