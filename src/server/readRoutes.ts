// The other read endpoints: a party's dossier, a person's profile, full-text search, one stored
// document (text and metadata, for the evidence view) and corpus statistics.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/store.ts';
import { errorBody, errorResponses } from './apiErrors.ts';
import { DocumentParamSchema, PartyParamSchema, PersonParamSchema, SearchQuerySchema } from './querySchemas.ts';
import { DocumentSchema, DossierSchema, PersonSchema, SearchPageSchema, StatsSchema } from './responseSchemas.ts';

const json = <S>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const dossier = createRoute({
  method: 'get',
  path: '/api/dossier/{party}',
  summary: "A country's or organisation's record: counterparts, years, topics, requests, officeholders",
  tags: ['parties'],
  request: { params: PartyParamSchema },
  responses: { 200: json(DossierSchema, 'the dossier (empty counts for a party never seen)'), ...errorResponses(400) },
});

const person = createRoute({
  method: 'get',
  path: '/api/people/{idOrName}',
  summary: 'A person by registry id or any known name form',
  tags: ['people'],
  request: { params: PersonParamSchema },
  responses: { 200: json(PersonSchema, 'the profile'), ...errorResponses(400, 404) },
});

const search = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search over the stored articles, best first',
  tags: ['documents'],
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchPageSchema, 'a page of hits'), ...errorResponses(400) },
});

const documentById = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  summary: 'One stored document: its text (which evidence offsets refer to) and metadata',
  tags: ['documents'],
  request: { params: DocumentParamSchema },
  responses: { 200: json(DocumentSchema, 'the document'), ...errorResponses(400, 404) },
});

const stats = createRoute({
  method: 'get',
  path: '/api/stats',
  summary: 'Corpus counts and pipeline versions',
  tags: ['documents'],
  responses: { 200: json(StatsSchema, 'the counts') },
});

export function registerReadRoutes(app: OpenAPIHono, store: Store, pipelineVersion: string): void {
  app.openapi(dossier, async (c) => c.json(await store.dossier(c.req.valid('param').party), 200));

  app.openapi(person, async (c) => {
    const { idOrName } = c.req.valid('param');
    const profile = await store.person(idOrName);
    return profile ? c.json(profile, 200) : c.json(errorBody(`no person matches "${idOrName}"`), 404);
  });

  app.openapi(search, async (c) => {
    const { q, limit, offset } = c.req.valid('query');
    return c.json(await store.search(q, { limit, offset }), 200);
  });

  app.openapi(documentById, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await store.document(id);
    return doc ? c.json(doc, 200) : c.json(errorBody(`no document ${id}`), 404);
  });

  app.openapi(stats, async (c) => c.json({ ...(await store.stats()), pipelineVersion }, 200));
}
