// Response schemas for engagements: what GET /api/engagements, /api/pairs and the person
// profile return. They document the Store's EngagementItem in the OpenAPI file; the assertion at
// the bottom makes the compiler check that they describe the type the store really returns.
import { z } from 'zod';
import type { EngagementItem, Paged, TimelineOrder } from '../store/store.ts';

const Span = z.object({ start: z.number().int(), end: z.number().int() });

const Evidence = z.object({
  spans: z.array(Span).describe('character ranges of the document text that report the engagement'),
  fields: z.object({
    date: Span.extend({ provenance: z.string() }).optional(),
    city: Span.optional(),
    country: Span.optional(),
    occasion: Span.optional(),
    topics: z.array(Span.extend({ topic: z.string() })),
    requests: z.array(Span.extend({ by: z.string(), of: z.string(), kind: z.string() })),
    participants: z.array(z.object({ name: z.string(), mentions: z.array(Span) })),
  }),
});

export const EngagementSourceSchema = z.object({
  documentId: z.number().int(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string(),
  published: z.string().nullable(),
  syndicated: z.boolean(),
  evidence: Evidence,
});

export const EngagementSchema = z
  .object({
    id: z.number().int(),
    type: z.string().describe('meeting, call, visit, talks, conference, speech or interview'),
    status: z.string().describe('held or planned'),
    date: z.string().nullable().describe('YYYY-MM-DD'),
    dateEnd: z.string().nullable(),
    dateInferred: z.boolean(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    occasion: z.string().nullable(),
    parties: z.array(z.string()),
    participants: z.array(
      z.object({
        personId: z.number().int(),
        name: z.string(),
        title: z.string().nullable(),
        affiliation: z.string().nullable(),
      }),
    ),
    topics: z.array(z.string()),
    requests: z.array(
      z.object({
        by: z.string(),
        of: z.string(),
        kind: z.string(),
        text: z.string(),
        documentId: z.number().int().nullable(),
      }),
    ),
    sources: z.array(EngagementSourceSchema),
  })
  .meta({ id: 'Engagement' });

/** A page of items: {items, total, limit, offset}. */
export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('rows matching, over all pages'),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export const EngagementPageSchema = pagedSchema(EngagementSchema).meta({ id: 'EngagementPage' });

export const PairTimelineSchema = pagedSchema(EngagementSchema)
  .extend({
    a: z.string(),
    b: z.string(),
    order: z.enum(['asc', 'desc']).describe('asc: oldest first; desc: newest first'),
  })
  .meta({ id: 'PairTimeline' });

// Compile-time check: the store's types fit the documented schemas.
type Fits<Actual, Schema extends z.ZodType> = Actual extends z.input<Schema> ? true : never;
export const engagementSchemaFits: [
  Fits<EngagementItem, typeof EngagementSchema>,
  Fits<Paged<EngagementItem>, typeof EngagementPageSchema>,
  Fits<Paged<EngagementItem> & { a: string; b: string; order: TimelineOrder }, typeof PairTimelineSchema>,
] = [true, true, true];
