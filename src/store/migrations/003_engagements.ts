// Engagements and what hangs off them. Children cascade from their engagement so that deleting
// an engagement left without sources is one statement. The (parties_key, type_group, ref_date)
// index is what candidate lookup for cross-article merging runs on.
import type { Kysely, Migration } from 'kysely';
import type { Backend } from '../schema.ts';
import { withId } from './001_documents.ts';

export function engagementsMigration(backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      await withId(db.schema.createTable('engagements'), backend)
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('type_group', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('date_end', 'text')
        .addColumn('date_inferred', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('ref_date', 'text')
        .addColumn('city', 'text')
        .addColumn('country', 'text')
        .addColumn('occasion', 'text')
        .addColumn('occasion_key', 'text')
        .addColumn('parties_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('engagements_candidates')
        .on('engagements')
        .columns(['parties_key', 'type_group', 'ref_date'])
        .execute();
      await db.schema.createIndex('engagements_ref_date').on('engagements').columns(['ref_date', 'id']).execute();
      await db.schema.createIndex('engagements_type').on('engagements').columns(['type', 'ref_date']).execute();

      const child = (name: string) =>
        db.schema
          .createTable(name)
          .addColumn('engagement_id', 'integer', (c) => c.notNull().references('engagements.id').onDelete('cascade'));
      await child('engagement_parties')
        .addColumn('party', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('engagement_parties_pk', ['engagement_id', 'party'])
        .execute();
      await db.schema
        .createIndex('engagement_parties_party')
        .on('engagement_parties')
        .columns(['party', 'engagement_id'])
        .execute();
      await child('engagement_participants')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('affiliation', 'text')
        .addPrimaryKeyConstraint('engagement_participants_pk', ['engagement_id', 'person_id'])
        .execute();
      await db.schema
        .createIndex('engagement_participants_person')
        .on('engagement_participants')
        .columns(['person_id', 'engagement_id'])
        .execute();
      await child('engagement_topics')
        .addColumn('topic', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('engagement_topics_pk', ['engagement_id', 'topic'])
        .execute();
      await db.schema
        .createIndex('engagement_topics_topic')
        .on('engagement_topics')
        .columns(['topic', 'engagement_id'])
        .execute();
      await withId(db.schema.createTable('engagement_requests'), backend)
        .addColumn('engagement_id', 'integer', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
        .addColumn('by_party', 'text', (c) => c.notNull())
        .addColumn('of_party', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
        .execute();
      await db.schema
        .createIndex('engagement_requests_engagement')
        .on('engagement_requests')
        .column('engagement_id')
        .execute();
      await db.schema
        .createIndex('engagement_requests_by')
        .on('engagement_requests')
        .columns(['by_party', 'kind'])
        .execute();
      await db.schema
        .createIndex('engagement_requests_of')
        .on('engagement_requests')
        .columns(['of_party', 'kind'])
        .execute();
      await withId(db.schema.createTable('engagement_sources'), backend)
        .addColumn('engagement_id', 'integer', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addUniqueConstraint('engagement_sources_unique', ['engagement_id', 'document_id'])
        .execute();
      await db.schema
        .createIndex('engagement_sources_document')
        .on('engagement_sources')
        .column('document_id')
        .execute();

      // Anniversaries and partnerships belong to the document that states them.
      for (const [table, extra] of [
        ['anniversaries', 'anniversary'],
        ['partnerships', 'partnership'],
      ] as const) {
        let t = withId(db.schema.createTable(table), backend)
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('parties_key', 'text', (c) => c.notNull());
        t =
          table === 'anniversaries'
            ? t
                .addColumn('ordinal', 'integer', (c) => c.notNull())
                .addColumn('year', 'integer')
                .addColumn('subject', 'text', (c) => c.notNull())
            : t.addColumn('document_date', 'text', (c) => c.notNull()).addColumn('level', 'text', (c) => c.notNull());
        await t.execute();
        await db.schema.createIndex(`${table}_document`).on(table).column('document_id').execute();
        await db.schema
          .createTable(`${extra}_parties`)
          .addColumn(`${extra}_id`, 'integer', (c) => c.notNull().references(`${table}.id`).onDelete('cascade'))
          .addColumn('party', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${extra}_parties_pk`, [`${extra}_id`, 'party'])
          .execute();
        await db.schema
          .createIndex(`${extra}_parties_party`)
          .on(`${extra}_parties`)
          .columns(['party', `${extra}_id`])
          .execute();
      }
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      for (const t of [
        'partnership_parties',
        'partnerships',
        'anniversary_parties',
        'anniversaries',
        'engagement_sources',
        'engagement_requests',
        'engagement_topics',
        'engagement_participants',
        'engagement_parties',
        'engagements',
      ])
        await db.schema.dropTable(t).execute();
    },
  };
}
