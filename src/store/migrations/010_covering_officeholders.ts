// The dossier's officeholders: a party's people by their latest office, and its people in id
// order. Found through indexes on affiliation alone, every row was then read from its table: for
// a party of the 100,000-article bench database, 1,907 offices on 1,450 table pages (10 ms on
// PostgreSQL), and 26,000 people walked in id order to find 100 of the party's (5 ms). With
// person and last-seen date in the offices index, and the id in the people index, both read the
// index alone. SQLite's people index already ends with the row id, so it is left as it is. Same
// number of indexes, so no extra write per row.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Backend } from '../schema.ts';

export function coveringOfficeholdersMigration(backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      await db.schema.dropIndex('person_offices_affiliation').execute();
      await db.schema
        .createIndex('person_offices_affiliation')
        .on('person_offices')
        .columns(['affiliation', 'person_id', 'last_seen'])
        .execute();
      if (backend === 'postgres') {
        await db.schema.dropIndex('people_affiliation').execute();
        await db.schema.createIndex('people_affiliation').on('people').columns(['affiliation', 'id']).execute();
        await sql`analyze people, person_offices`.execute(db);
      }
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('person_offices_affiliation').execute();
      await db.schema.createIndex('person_offices_affiliation').on('person_offices').column('affiliation').execute();
      if (backend === 'postgres') {
        await db.schema.dropIndex('people_affiliation').execute();
        await db.schema.createIndex('people_affiliation').on('people').column('affiliation').execute();
      }
    },
  };
}
