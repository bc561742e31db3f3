// The people registry: canonical people, every form of their name seen (aliases, looked up by a
// folded key), and the offices they held with the date range the corpus shows them in.
import type { Kysely, Migration } from 'kysely';
import type { Backend } from '../schema.ts';
import { withId } from './001_documents.ts';

export function registryMigration(backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      await withId(db.schema.createTable('people'), backend)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('affiliation', 'text')
        .execute();
      await db.schema.createIndex('people_name_key').on('people').column('name_key').execute();
      await db.schema.createIndex('people_affiliation').on('people').column('affiliation').execute();
      await db.schema
        .createTable('person_aliases')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('alias_key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('person_aliases_pk', ['person_id', 'alias'])
        .execute();
      await db.schema
        .createIndex('person_aliases_key')
        .on('person_aliases')
        .columns(['alias_key', 'person_id'])
        .execute();
      await withId(db.schema.createTable('person_offices'), backend)
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('title_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text')
        .addColumn('affiliation', 'text')
        .addColumn('first_seen', 'text')
        .addColumn('last_seen', 'text')
        .execute();
      await db.schema
        .createIndex('person_offices_person')
        .on('person_offices')
        .columns(['person_id', 'title_key'])
        .execute();
      await db.schema.createIndex('person_offices_affiliation').on('person_offices').column('affiliation').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      await db.schema.dropTable('person_offices').execute();
      await db.schema.dropTable('person_aliases').execute();
      await db.schema.dropTable('people').execute();
    },
  };
}
