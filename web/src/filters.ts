// The engagement filter as it lives in the URL (?party=VNM&topic=trade&from=2021) and as it is
// sent to GET /api/engagements: the same keys, so a view's URL is its query.

export const FILTER_KEYS = [
  'party',
  'pair',
  'person',
  'type',
  'status',
  'topic',
  'occasion',
  'from',
  'to',
  'q',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filter = Partial<Record<FilterKey, string>>;

export const PAGE_SIZE = 50;

export function filterFromQuery(query: URLSearchParams): Filter {
  const f: Filter = {};
  for (const key of FILTER_KEYS) {
    const v = query.get(key)?.trim();
    if (v) f[key] = v;
  }
  return f;
}

export function isEmptyFilter(f: Filter): boolean {
  return FILTER_KEYS.every((k) => !f[k]);
}

const NAMES: Record<FilterKey, string> = {
  party: 'party',
  pair: 'pair',
  person: 'person',
  type: 'type',
  status: 'status',
  topic: 'topic',
  occasion: 'occasion',
  from: 'from',
  to: 'to',
  q: 'text',
};

/** "party VNM · topic trade" for headings and export file descriptions. */
export function describeFilter(f: Filter): string {
  const parts = FILTER_KEYS.filter((k) => f[k]).map((k) => `${NAMES[k]} ${f[k]}`);
  return parts.length ? parts.join(' · ') : 'all engagements';
}

/** A file name for exports: 'sidelines-party-VNM-topic-trade'. */
export function exportName(f: Filter): string {
  const parts = FILTER_KEYS.filter((k) => f[k]).map((k) => `${k}-${f[k] ?? ''}`);
  const base = ['sidelines', ...parts].join('-');
  return base.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120);
}

/** Accepted date bound: YYYY, YYYY-MM or YYYY-MM-DD (the API checks calendar validity). */
export const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;
