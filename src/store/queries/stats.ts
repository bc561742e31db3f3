// stats(): counts for a status line and for `npm start` to see whether the database is empty.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Stats } from '../types.ts';
import { num } from './page.ts';

export async function stats(db: Kysely<Database>): Promise<Stats> {
  const count = (table: 'engagements' | 'engagement_sources' | 'people') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
  const [docs, engagements, sources, people, versions] = await Promise.all([
    db
      .selectFrom('documents')
      .where('latest', '=', 1)
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.count('near_duplicate_of').as('dups'),
        eb.fn.max('ingested_at').as('last'),
      ])
      .executeTakeFirst(),
    count('engagements'),
    count('engagement_sources'),
    count('people'),
    db
      .selectFrom('documents')
      .where('latest', '=', 1)
      .select((eb) => ['pipeline_version', eb.fn.countAll().as('n')])
      .groupBy('pipeline_version')
      .orderBy('pipeline_version')
      .execute(),
  ]);
  return {
    documents: num(docs?.n),
    nearDuplicates: num(docs?.dups),
    engagements: num(engagements?.n),
    sources: num(sources?.n),
    people: num(people?.n),
    lastIngestedAt: docs?.last ?? null,
    pipelineVersions: versions.map((v) => ({ version: v.pipeline_version, documents: num(v.n) })),
  };
}
