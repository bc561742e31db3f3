// GET /api/engagements (filtered, paged) and GET /api/pairs/{a}/{b} (a pair's timeline, paged).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/store.ts';
import { errorResponses } from './apiErrors.ts';
import { EngagementPageSchema, PairTimelineSchema } from './engagementSchema.ts';
import { EngagementQuerySchema, PairParamSchema, PairQuerySchema, toEngagementFilter } from './querySchemas.ts';

const json = <S>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const listEngagements = createRoute({
  method: 'get',
  path: '/api/engagements',
  summary: 'Engagements matching every given filter, newest first',
  tags: ['engagements'],
  request: { query: EngagementQuerySchema },
  responses: { 200: json(EngagementPageSchema, 'a page of engagements'), ...errorResponses(400) },
});

export const pairTimeline = createRoute({
  method: 'get',
  path: '/api/pairs/{a}/{b}',
  summary: 'A page of the engagements both parties took part in, oldest first (or newest first)',
  tags: ['engagements'],
  request: { params: PairParamSchema, query: PairQuerySchema },
  responses: { 200: json(PairTimelineSchema, 'a page of the timeline'), ...errorResponses(400) },
});

export function registerEngagementRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(listEngagements, async (c) => {
    const { limit, offset, ...filters } = c.req.valid('query');
    const page = await store.engagements(toEngagementFilter(filters), { limit, offset });
    return c.json(page, 200);
  });

  app.openapi(pairTimeline, async (c) => {
    const { a, b } = c.req.valid('param');
    const { limit, offset, order } = c.req.valid('query');
    const page = await store.pairTimeline(a, b, { limit, offset, order });
    return c.json({ a: a.toUpperCase(), b: b.toUpperCase(), order, ...page }, 200);
  });
}
