// The people registry as CSV over HTTP: GET /api/people.csv (open, like every read) and
// POST /api/people/import (token-guarded, like every write; the body limit applies). The same
// store functions as `sidelines people import|export`.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../store/store.ts';
import { errorResponses } from './apiErrors.ts';

export const PEOPLE_IMPORT_PATH = '/api/people/import';

const ImportBodySchema = z
  .strictObject({
    csv: z
      .string()
      .min(1)
      .describe('rows of name, aliases (|-separated), affiliation, office, from, to; a header row is optional'),
  })
  .meta({ id: 'PeopleImportRequest' });

const ImportResultSchema = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.array(z.object({ line: z.number().int(), reason: z.string() })).describe('rows not used, by line'),
  })
  .meta({ id: 'PeopleImportResult' });

const exportCsv = createRoute({
  method: 'get',
  path: '/api/people.csv',
  summary: 'The people registry as CSV, one row per office (the import format)',
  tags: ['people'],
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
});

const importCsv = createRoute({
  method: 'post',
  path: PEOPLE_IMPORT_PATH,
  summary: 'Add people, aliases and offices from CSV (additive, one transaction)',
  tags: ['write', 'people'],
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: ImportBodySchema } } } },
  responses: {
    200: { description: 'what was done', content: { 'application/json': { schema: ImportResultSchema } } },
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

export function registerPeopleRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(exportCsv, async (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="people.csv"');
    return c.body(await store.exportPeopleCsv(), 200);
  });
  app.openapi(importCsv, async (c) => c.json(await store.importPeopleCsv(c.req.valid('json').csv), 200));
}
