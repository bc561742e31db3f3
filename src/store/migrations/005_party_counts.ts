// Two changes for read speed, measured on a 100,000-article database:
// - party_counts: engagements per (party, year) and per (party, year, topic), kept up to date by
//   every engagement write (see ../partyCounts.ts). A dossier for the corpus' dominant party
//   otherwise groups a join over most of the database (~100 ms per call at that size).
// - engagement_sources.account: the source's own account of the engagement (the facts it is
//   rebuilt from), moved out of the evidence JSON that every listed engagement parses.
// Rows written before this migration keep the account inside `evidence`; readers fall back to it.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Backend } from '../schema.ts';

export function partyCountsMigration(_backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('party_counts')
        .addColumn('party', 'text', (c) => c.notNull())
        /** 'YYYY', or '' for engagements without any date. */
        .addColumn('year', 'text', (c) => c.notNull())
        /** '' counts the engagements themselves; otherwise engagements with this topic. */
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('party_counts_pk', ['party', 'year', 'topic'])
        .execute();
      await db.schema.alterTable('engagement_sources').addColumn('account', 'text').execute();
      // Backfill from what a database migrated earlier already holds.
      const year = sql<string>`coalesce(substr(e.ref_date, 1, 4), '')`;
      await db
        .insertInto('party_counts')
        .columns(['party', 'year', 'topic', 'n'])
        .expression(
          db
            .selectFrom('engagement_parties as p')
            .innerJoin('engagements as e', 'e.id', 'p.engagement_id')
            .select((eb) => ['p.party', year.as('year'), eb.val('').as('topic'), eb.fn.countAll().as('n')])
            .groupBy(['p.party', year]),
        )
        .execute();
      await db
        .insertInto('party_counts')
        .columns(['party', 'year', 'topic', 'n'])
        .expression(
          db
            .selectFrom('engagement_parties as p')
            .innerJoin('engagements as e', 'e.id', 'p.engagement_id')
            .innerJoin('engagement_topics as t', 't.engagement_id', 'e.id')
            .select((eb) => ['p.party', year.as('year'), 't.topic', eb.fn.countAll().as('n')])
            .groupBy(['p.party', year, 't.topic']),
        )
        .execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      await db.schema.alterTable('engagement_sources').dropColumn('account').execute();
      await db.schema.dropTable('party_counts').execute();
    },
  };
}
