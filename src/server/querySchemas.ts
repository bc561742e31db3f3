// Input schemas shared by the HTTP API (query strings, path parameters) and the CLI's flags, so
// both accept and refuse exactly the same values. Filter values are free text, bounded in
// length and free of control characters; the store matches them literally, so SQL or wildcard
// characters in them are harmless and simply match nothing. Dates and numbers are strict.
import { z } from 'zod';
import type { EngagementFilter } from '../store/store.ts';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;
export const MAX_OFFSET = 10_000_000;
export const MAX_FILTER_CHARS = 200;
export const MAX_QUERY_CHARS = 500;

const CONTROL = /\p{Cc}/u;

/** Trimmed, non-empty, at most `max` characters, no control characters (NUL breaks PostgreSQL). */
export function text(max: number, description: string) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .describe(description);
}

function isCalendarDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 0, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const DateBound = (edge: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isCalendarDate, 'not a calendar date')
    .describe(`${edge} bound on the engagement date (inclusive): YYYY, YYYY-MM or YYYY-MM-DD`);

/** An integer from a query string or flag: "abc", "2.5" and "" are refused, not coerced to 0. */
function integer(min: number, max: number) {
  return z.coerce
    .number({ error: (issue) => (issue.code === 'invalid_type' ? 'expected an integer' : undefined) })
    .int('expected an integer')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

export const PageQuerySchema = z.object({
  limit: integer(1, MAX_LIMIT).default(DEFAULT_LIMIT).describe(`rows per page, 1..${MAX_LIMIT}`),
  offset: integer(0, MAX_OFFSET).default(0).describe('rows to skip'),
});

const Pair = z
  .string()
  .trim()
  .max(2 * MAX_FILTER_CHARS + 1)
  .refine((s) => !CONTROL.test(s), 'must not contain control characters')
  .refine((s) => /^[^,]*[^,\s][^,]*,[^,]*[^,\s][^,]*$/.test(s), 'expected two party codes separated by a comma: A,B')
  .describe('two parties that both took part, e.g. VNM,USA');

export const EngagementQuerySchema = PageQuerySchema.extend({
  party: text(MAX_FILTER_CHARS, 'party code (ISO3 or organisation), e.g. VNM or ASEAN').optional(),
  pair: Pair.optional(),
  person: text(MAX_FILTER_CHARS, 'person id or any known name form').optional(),
  type: text(MAX_FILTER_CHARS, 'meeting, call, visit, talks, conference, speech or interview').optional(),
  status: text(MAX_FILTER_CHARS, 'held or planned').optional(),
  topic: text(MAX_FILTER_CHARS, 'topic key, e.g. trade or maritime').optional(),
  occasion: text(MAX_FILTER_CHARS, 'words of the occasion (case and diacritics ignored)').optional(),
  from: DateBound('lower').optional(),
  to: DateBound('upper').optional(),
  q: text(MAX_QUERY_CHARS, 'full-text search over the source articles: every word must occur').optional(),
});
export type EngagementQuery = z.infer<typeof EngagementQuerySchema>;

export const SearchQuerySchema = PageQuerySchema.extend({
  q: text(MAX_QUERY_CHARS, 'words that must all occur in the article'),
});

/** The store filter for a validated query (page fields dropped). */
export function toEngagementFilter(q: Omit<EngagementQuery, 'limit' | 'offset'>): EngagementFilter {
  const filter: EngagementFilter = {};
  if (q.party !== undefined) filter.party = q.party;
  if (q.pair !== undefined) {
    const [a = '', b = ''] = q.pair.split(',').map((s) => s.trim());
    filter.pair = [a, b];
  }
  for (const key of ['person', 'type', 'status', 'topic', 'occasion', 'from', 'to', 'q'] as const) {
    const value = q[key];
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}

export const PartyParamSchema = z.object({ party: text(MAX_FILTER_CHARS, 'party code') });
export const PersonParamSchema = z.object({ idOrName: text(MAX_FILTER_CHARS, 'person id or name') });
export const PairParamSchema = z
  .object({
    a: text(MAX_FILTER_CHARS, 'first party code'),
    b: text(MAX_FILTER_CHARS, 'second party code'),
  })
  // A party is no pair with itself: most likely a typo, so it is refused rather than answered
  // with an empty timeline.
  .superRefine((p, ctx) => {
    const code = p.a.toUpperCase();
    if (code === p.b.toUpperCase())
      ctx.addIssue({ code: 'custom', path: ['b'], message: `expected two different parties, got ${code} twice` });
  });

export const PairQuerySchema = PageQuerySchema.extend({
  order: z
    .enum(['asc', 'desc'], { error: (issue) => `expected asc or desc, got ${String(issue.input)}` })
    .default('asc')
    .describe('asc: oldest first (the default); desc: newest first. Undated engagements come last in both'),
});
export const DocumentParamSchema = z.object({
  id: integer(1, Number.MAX_SAFE_INTEGER).describe('document id'),
});
