// Response schemas for the other read endpoints (dossier, person, search, document, stats) and
// the shared error body. Checked against the Store's types at compile time, as in engagementSchema.
import { z } from 'zod';
import type { Dossier, PersonProfile, SearchHit, SearchPage, Stats, StoredDocument } from '../store/store.ts';
import { EngagementSchema, pagedSchema } from './engagementSchema.ts';

export const ErrorSchema = z
  .object({ error: z.string().describe('what was wrong, in one line') })
  .meta({ id: 'Error' });

const Office = z.object({
  title: z.string(),
  kind: z.string().nullable(),
  affiliation: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

const PersonSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  affiliation: z.string().nullable(),
  offices: z.array(Office),
});

export const PersonSchema = PersonSummary.extend({
  aliases: z.array(z.string()),
  engagements: z.array(EngagementSchema),
  counterparts: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      affiliation: z.string().nullable(),
      engagements: z.number().int(),
    }),
  ),
}).meta({ id: 'Person' });

const Count = z.number().int();

export const DossierSchema = z
  .object({
    party: z.string(),
    engagements: Count,
    counterparts: z.array(z.object({ party: z.string(), engagements: Count })),
    perYear: z.array(z.object({ year: z.string().nullable(), engagements: Count })),
    topicsPerYear: z.array(z.object({ year: z.string().nullable(), topic: z.string(), engagements: Count })),
    requestsMade: z.array(z.object({ kind: z.string(), of: z.string(), count: Count })),
    requestsReceived: z.array(z.object({ kind: z.string(), by: z.string(), count: Count })),
    anniversaries: z.array(
      z.object({
        parties: z.array(z.string()),
        ordinal: Count,
        year: Count.nullable(),
        subject: z.string(),
        upcoming: z.boolean(),
      }),
    ),
    partnerships: z.array(
      z.object({ parties: z.array(z.string()), level: z.string(), date: z.string(), documentId: Count }),
    ),
    officeholders: z.array(PersonSummary),
  })
  .meta({ id: 'Dossier' });

export const SearchHitSchema = z
  .object({
    documentId: Count,
    title: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string(),
    published: z.string().nullable(),
    snippet: z.string().describe('matching words are wrapped in « »'),
    rank: z.number(),
  })
  .meta({ id: 'SearchHit' });
export const SearchPageSchema = pagedSchema(SearchHitSchema)
  .extend({
    totalCapped: z
      .boolean()
      .describe(
        'true when the server stopped counting (past 10,000 matches, or on PostgreSQL once it found enough recent ones to rank): total is then a lower bound',
      ),
  })
  .meta({ id: 'SearchPage' });

export const DocumentSchema = z
  .object({
    id: Count,
    source: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    format: z.string().nullable(),
    text: z.string().describe('the text that evidence offsets refer to'),
    pipelineVersion: z.string(),
    ingestedAt: z.string(),
    nearDuplicateOf: Count.nullable(),
  })
  .meta({ id: 'Document' });

export const StatsSchema = z
  .object({
    documents: Count,
    nearDuplicates: Count,
    engagements: Count,
    sources: Count,
    people: Count,
    lastIngestedAt: z.string().nullable(),
    pipelineVersions: z.array(z.object({ version: z.string(), documents: Count })),
    pipelineVersion: z.string().describe('the version this server extracts with'),
  })
  .meta({ id: 'Stats' });

type Fits<Actual, Schema extends z.ZodType> = Actual extends z.input<Schema> ? true : never;
export const responseSchemasFit: [
  Fits<Dossier, typeof DossierSchema>,
  Fits<PersonProfile, typeof PersonSchema>,
  Fits<SearchHit, typeof SearchHitSchema>,
  Fits<SearchPage, typeof SearchPageSchema>,
  Fits<StoredDocument, typeof DocumentSchema>,
  Fits<Stats & { pipelineVersion: string }, typeof StatsSchema>,
] = [true, true, true, true, true, true];
