// Two read paths that still grew with the corpus, measured on a 100,000-article PostgreSQL
// database (p95 69 ms dossier, 86 ms party filter):
// - pair_counts: engagements per (party, counterpart), kept up to date by every engagement write
//   like party_counts. A dossier's counterpart ranking otherwise joins every engagement of the
//   party with every other party of each.
// - engagement_parties.ref_date (a copy of the engagement's), indexed after the party: the
//   newest engagements of a party are then the first entries of one index, so a party's page
//   stops after reading a page, however many engagements the party has.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Backend } from '../schema.ts';

export function partyRecencyMigration(backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('pair_counts')
        .addColumn('party', 'text', (c) => c.notNull())
        .addColumn('other', 'text', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('pair_counts_pk', ['party', 'other'])
        .execute();
      await db
        .insertInto('pair_counts')
        .columns(['party', 'other', 'n'])
        .expression(
          db
            .selectFrom('engagement_parties as a')
            .innerJoin('engagement_parties as b', 'b.engagement_id', 'a.engagement_id')
            .whereRef('a.party', '<>', 'b.party')
            .select((eb) => ['a.party', 'b.party as other', eb.fn.countAll().as('n')])
            .groupBy(['a.party', 'b.party']),
        )
        .execute();
      await db.schema.alterTable('engagement_parties').addColumn('ref_date', 'text').execute();
      await db
        .updateTable('engagement_parties')
        .set((eb) => ({
          ref_date: eb
            .selectFrom('engagements')
            .select('engagements.ref_date')
            .whereRef('engagements.id', '=', 'engagement_parties.engagement_id'),
        }))
        .execute();
      // Newest first with undated ones last, as the engagement lists order. SQLite puts NULLs
      // first in an ascending index, so a backward scan of a plain index is exactly that order;
      // PostgreSQL needs the order spelled out.
      if (backend === 'postgres')
        await sql`create index engagement_parties_recent on engagement_parties (party, ref_date desc nulls last, engagement_id desc)`.execute(
          db,
        );
      else
        await db.schema
          .createIndex('engagement_parties_recent')
          .on('engagement_parties')
          .columns(['party', 'ref_date', 'engagement_id'])
          .execute();
      // The (party, engagement_id) index stays: membership lists built from it come out in id
      // order, which keeps a pair's intersection cheap (without it the pair timeline of two big
      // parties took twice as long).
      // Fresh statistics for the rewritten table, or the planner keeps choosing by the old ones
      // until autovacuum comes by (SQLite refreshes its own when a connection opens).
      if (backend === 'postgres') await sql`analyze engagement_parties, pair_counts`.execute(db);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('engagement_parties_recent').execute();
      await db.schema.alterTable('engagement_parties').dropColumn('ref_date').execute();
      await db.schema.dropTable('pair_counts').execute();
    },
  };
}
