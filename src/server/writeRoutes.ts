// POST /api/ingest and POST /api/reextract: the only endpoints that change the database. Both
// sit behind the bearer-token guard and the body-size limit (see createApp).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../store/store.ts';
import { errorBody, errorResponses } from './apiErrors.ts';
import { ingestArticle, reextractStale, type ArticleInput, type Pipeline } from '../ingest/articlePipeline.ts';
import { text } from './querySchemas.ts';
import { MAX_REEXTRACT_BATCH } from './serverConfig.ts';

/** Fetches an article by URL (from src/sources when wired in by the caller). */
export type FetchArticle = (
  url: string,
) => Promise<{ ok: true; article: ArticleInput } | { ok: false; reason: string }>;

const IngestBodySchema = z
  .strictObject({
    text: z.string().min(1).optional().describe('the article: plain text or HTML'),
    source: text(500, 'a label shown back in results (default: the url, else "api")').optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
      .max(2048)
      .optional()
      .describe('canonical URL; with "text" it names the article, alone it is fetched'),
  })
  .refine((b) => b.text !== undefined || b.url !== undefined, 'send "text" (the article) or "url"')
  .meta({ id: 'IngestRequest' });

const IngestResultSchema = z
  .object({
    documentId: z.number().int(),
    status: z.enum(['new', 'unchanged', 'new-version']),
    nearDuplicateOf: z.number().int().nullable(),
    previousVersionId: z.number().int().nullable(),
    engagements: z.number().int().describe('engagements the article reports'),
  })
  .meta({ id: 'IngestResult' });

const ReextractBodySchema = z.strictObject({
  limit: z.number().int().min(1).max(MAX_REEXTRACT_BATCH).optional().describe('documents to re-run at most'),
});

const ReextractResultSchema = z
  .object({
    processed: z.number().int(),
    updated: z.number().int(),
    failed: z.array(z.object({ documentId: z.number().int(), reason: z.string() })),
    more: z.boolean().describe('stale documents remain for another call'),
  })
  .meta({ id: 'ReextractResult' });

const security = [{ bearer: [] }];
const json = <S>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });

const ingest = createRoute({
  method: 'post',
  path: '/api/ingest',
  summary: 'Extract and store one article (identical text again is a no-op)',
  tags: ['write'],
  security,
  request: { body: { required: true, content: { 'application/json': { schema: IngestBodySchema } } } },
  responses: {
    201: json(IngestResultSchema, 'stored (new or a new version)'),
    200: json(IngestResultSchema, 'already stored, unchanged'),
    ...errorResponses(400, 401, 403, 413, 415, 422, 501),
  },
});

const reextract = createRoute({
  method: 'post',
  path: '/api/reextract',
  summary: 'Re-run the current pipeline over stored documents extracted by another version',
  tags: ['write'],
  security,
  request: { body: { required: false, content: { 'application/json': { schema: ReextractBodySchema } } } },
  responses: { 200: json(ReextractResultSchema, 'what was done'), ...errorResponses(400, 401, 403, 413, 415) },
});

export interface WriteDeps {
  store: Store;
  /** Built on the first write (loading the knowledge base takes a moment). */
  pipeline: () => Pipeline;
  reextractBatch: number;
  fetchArticle?: FetchArticle | undefined;
}

export function registerWriteRoutes(app: OpenAPIHono, deps: WriteDeps): void {
  app.openapi(ingest, async (c) => {
    const body = c.req.valid('json');
    let article: ArticleInput;
    if (body.text !== undefined) {
      article = {
        source: body.source ?? body.url ?? 'api',
        url: body.url ?? null,
        bytes: new TextEncoder().encode(body.text),
        format: /^\s*</.test(body.text) ? 'html' : 'text',
      };
    } else if (!deps.fetchArticle) {
      return c.json(errorBody('this server cannot fetch URLs: send the article as "text"'), 501);
    } else {
      const fetched = await deps.fetchArticle(body.url ?? '');
      if (!fetched.ok) return c.json(errorBody(`cannot fetch ${body.url}: ${fetched.reason}`), 422);
      article = { ...fetched.article, source: body.source ?? fetched.article.source };
    }
    const outcome = await ingestArticle(deps.store, deps.pipeline(), article);
    if (!outcome.ok) return c.json(errorBody(`${outcome.source}: ${outcome.reason}`), 422);
    return c.json(outcome.result, outcome.result.status === 'unchanged' ? 200 : 201);
  });

  app.openapi(reextract, async (c) => {
    const { limit } = c.req.valid('json');
    const summary = await reextractStale(deps.store, deps.pipeline(), limit ?? deps.reextractBatch);
    return c.json(summary, 200);
  });
}
