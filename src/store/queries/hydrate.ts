// Turns engagement ids into full EngagementItems: one query per child table for a whole page
// (never one per engagement), in chunks so a long pair timeline stays under parameter limits.
import type { Kysely } from 'kysely';
import { chunks } from '../engagementRows.ts';
import type { SourceEvidence } from '../eventFacts.ts';
import type { Database } from '../schema.ts';
import type { EngagementItem } from '../types.ts';

async function hydrateChunk(db: Kysely<Database>, ids: number[]): Promise<EngagementItem[]> {
  const [rows, parties, people, topics, requests, sources] = await Promise.all([
    db.selectFrom('engagements').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('engagement_parties').selectAll().where('engagement_id', 'in', ids).orderBy('party').execute(),
    db
      .selectFrom('engagement_participants')
      .selectAll()
      .where('engagement_id', 'in', ids)
      .orderBy('person_id')
      .execute(),
    db.selectFrom('engagement_topics').selectAll().where('engagement_id', 'in', ids).orderBy('topic').execute(),
    db.selectFrom('engagement_requests').selectAll().where('engagement_id', 'in', ids).orderBy('id').execute(),
    db
      .selectFrom('engagement_sources')
      .innerJoin('documents', 'documents.id', 'engagement_sources.document_id')
      .select([
        'engagement_sources.engagement_id',
        'engagement_sources.evidence',
        'documents.id as documentId',
        'documents.title',
        'documents.url',
        'documents.source',
        'documents.published',
        'documents.near_duplicate_of',
      ])
      .where('engagement_sources.engagement_id', 'in', ids)
      .orderBy('engagement_sources.id')
      .execute(),
  ]);
  const group = <T extends { engagement_id: number }>(list: T[]) => {
    const m = new Map<number, T[]>();
    for (const x of list) (m.get(x.engagement_id) ?? m.set(x.engagement_id, []).get(x.engagement_id)!).push(x);
    return (id: number) => m.get(id) ?? [];
  };
  const [pa, pe, to, rq, so] = [group(parties), group(people), group(topics), group(requests), group(sources)];
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    status: r.status,
    date: r.date,
    dateEnd: r.date_end,
    dateInferred: r.date_inferred === 1,
    city: r.city,
    country: r.country,
    occasion: r.occasion,
    parties: pa(r.id).map((p) => p.party),
    participants: pe(r.id).map((p) => ({
      personId: p.person_id,
      name: p.name,
      title: p.title,
      affiliation: p.affiliation,
    })),
    topics: to(r.id).map((t) => t.topic),
    requests: rq(r.id).map((q) => ({
      by: q.by_party,
      of: q.of_party,
      kind: q.kind,
      text: q.text,
      documentId: q.document_id,
    })),
    sources: so(r.id).map((s) => {
      const { spans, fields, syndicated } = JSON.parse(s.evidence) as SourceEvidence;
      return {
        documentId: s.documentId,
        title: s.title,
        url: s.url,
        source: s.source,
        published: s.published,
        syndicated: syndicated === true || s.near_duplicate_of !== null,
        evidence: { spans, fields },
      };
    }),
  }));
}

/** Full items for the ids, in the order given. */
export async function hydrate(db: Kysely<Database>, ids: readonly number[]): Promise<EngagementItem[]> {
  const byId = new Map<number, EngagementItem>();
  for (const chunk of chunks(ids)) for (const item of await hydrateChunk(db, chunk)) byId.set(item.id, item);
  return ids.map((id) => byId.get(id)).filter((x): x is EngagementItem => x !== undefined);
}
