// Read-only routes for the web UI, over existing Store queries: GET /api/network (parties and
// the engagements they share, filtered by period, topic, type or status) and
// GET /api/documents/{id}/engagements (what one stored article reports, for the document view
// and for shared engagement URLs /engagement/ID?doc=DOC). The Store has no per-document query,
// so the latter asks Store.engagements for the articles containing a few of the document's own
// (longest) words, which always include the document itself, and keeps the engagements it is a
// source of.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { EngagementItem, Store } from '../store/store.ts';
import { errorBody, errorResponses } from './apiErrors.ts';
import { EngagementSchema } from './engagementSchema.ts';
import { cachedPartyNetwork, DEFAULT_NETWORK_SCAN, MAX_NETWORK_SCAN } from './partyNetwork.ts';
import { DocumentParamSchema, EngagementQuerySchema, toEngagementFilter } from './querySchemas.ts';

const TERMS = 8;
const PAGE = 200;
const MAX_PAGES = 25;

/** Up to `TERMS` distinct words of the text, longest first (the most selective). */
export function distinctiveWords(text: string): string[] {
  const words = text.slice(0, 20_000).match(/[\p{L}\p{N}]{4,40}/gu) ?? [];
  return [...new Set(words.map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, TERMS);
}

/** The engagements whose sources include the document, newest first; null when it is unknown. */
export async function documentEngagements(store: Store, documentId: number): Promise<EngagementItem[] | null> {
  const doc = await store.document(documentId);
  if (!doc) return null;
  const words = distinctiveWords(`${doc.title ?? ''}\n${doc.text}`);
  if (!words.length) return [];
  const found: EngagementItem[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await store.engagements({ q: words.join(' ') }, { limit: PAGE, offset: page * PAGE });
    for (const item of res.items) if (item.sources.some((s) => s.documentId === documentId)) found.push(item);
    if ((page + 1) * PAGE >= res.total) break;
  }
  return found;
}

const json = <S>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const Count = z.number().int();

const NetworkQuerySchema = EngagementQuerySchema.pick({ from: true, to: true, topic: true, type: true, status: true })
  .extend({
    limit: z.coerce
      .number({ error: 'expected an integer' })
      .int('expected an integer')
      .min(1, 'must be at least 1')
      .max(MAX_NETWORK_SCAN, `must be at most ${MAX_NETWORK_SCAN}`)
      .default(DEFAULT_NETWORK_SCAN)
      .describe(`engagements to read at most, newest first (1..${MAX_NETWORK_SCAN})`),
  })
  .strict();

const NetworkSchema = z
  .object({
    nodes: z.array(z.object({ party: z.string(), engagements: Count })),
    edges: z.array(z.object({ a: z.string(), b: z.string(), engagements: Count })),
    scanned: Count.describe('engagements read (the newest ones)'),
    total: Count.describe('engagements matching the filter'),
    truncated: z.boolean().describe('true when only the newest `scanned` of `total` were read'),
  })
  .meta({ id: 'PartyNetwork' });

const network = createRoute({
  method: 'get',
  path: '/api/network',
  summary: 'Parties and the engagements they share (edges weighted by engagements)',
  tags: ['parties'],
  request: { query: NetworkQuerySchema },
  responses: { 200: json(NetworkSchema, 'the network'), ...errorResponses(400) },
});

const DocumentEngagementsSchema = z
  .object({ documentId: Count, items: z.array(EngagementSchema) })
  .meta({ id: 'DocumentEngagements' });

const byDocument = createRoute({
  method: 'get',
  path: '/api/documents/{id}/engagements',
  summary: 'The engagements a stored document is a source of, newest first',
  tags: ['documents'],
  request: { params: DocumentParamSchema },
  responses: { 200: json(DocumentEngagementsSchema, 'the engagements'), ...errorResponses(400, 404) },
});

export function registerExploreRoutes(app: OpenAPIHono, store: Store): void {
  const networkOf = cachedPartyNetwork(store);
  app.openapi(network, async (c) => {
    const { limit, ...filters } = c.req.valid('query');
    return c.json(await networkOf(toEngagementFilter(filters), limit), 200);
  });

  app.openapi(byDocument, async (c) => {
    const { id } = c.req.valid('param');
    const items = await documentEngagements(store, id);
    return items ? c.json({ documentId: id, items }, 200) : c.json(errorBody(`no document ${id}`), 404);
  });
}
