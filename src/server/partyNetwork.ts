// The party network behind the web UI's network view: parties as nodes (with their engagement
// counts) and, for every two parties that took part in the same engagement, an edge weighted by
// how many engagements they shared. Built from Store.engagements pages (read-only), up to a cap
// of engagements scanned, newest first; results are cached until the store's counts change.
import type { EngagementFilter, Store } from '../store/store.ts';

export interface PartyNetwork {
  nodes: { party: string; engagements: number }[];
  edges: { a: string; b: string; engagements: number }[];
  /** Engagements read to build the network (the newest `scanned` of `total`). */
  scanned: number;
  total: number;
  truncated: boolean;
}

export const DEFAULT_NETWORK_SCAN = 20_000;
export const MAX_NETWORK_SCAN = 50_000;
const PAGE = 200;
const CACHE_ENTRIES = 32;

/** Aggregates the matching engagements (newest first, at most `maxScan`). */
export async function partyNetwork(store: Store, filter: EngagementFilter, maxScan: number): Promise<PartyNetwork> {
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  let scanned = 0;
  let total = 0;
  for (let offset = 0; offset < maxScan; offset += PAGE) {
    const page = await store.engagements(filter, { limit: Math.min(PAGE, maxScan - offset), offset });
    total = page.total;
    for (const item of page.items) {
      const parties = [...new Set(item.parties)].sort();
      for (const p of parties) nodes.set(p, (nodes.get(p) ?? 0) + 1);
      for (let i = 0; i < parties.length; i++)
        for (let j = i + 1; j < parties.length; j++) {
          const key = `${parties[i]}\u0000${parties[j]}`;
          edges.set(key, (edges.get(key) ?? 0) + 1);
        }
    }
    scanned += page.items.length;
    if (page.items.length === 0 || scanned >= total) break;
  }
  return {
    nodes: [...nodes]
      .map(([party, engagements]) => ({ party, engagements }))
      .sort((x, y) => y.engagements - x.engagements || x.party.localeCompare(y.party)),
    edges: [...edges]
      .map(([key, engagements]) => {
        const [a = '', b = ''] = key.split('\u0000');
        return { a, b, engagements };
      })
      .sort((x, y) => y.engagements - x.engagements || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
    scanned,
    total,
    truncated: scanned < total,
  };
}

/** partyNetwork with a small cache keyed by the request and invalidated by any ingest. */
export function cachedPartyNetwork(store: Store) {
  const cache = new Map<string, { stamp: string; value: Promise<PartyNetwork> }>();
  return async (filter: EngagementFilter, maxScan: number): Promise<PartyNetwork> => {
    const stats = await store.stats();
    const stamp = `${stats.engagements}|${stats.sources}|${stats.lastIngestedAt ?? ''}`;
    const key = JSON.stringify([filter, maxScan]);
    const hit = cache.get(key);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = partyNetwork(store, filter, maxScan);
    cache.set(key, { stamp, value });
    value.catch(() => cache.delete(key));
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value ?? '');
    return value;
  };
}
