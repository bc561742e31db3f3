// Two write-path lookups that read more rows the bigger the corpus grew (measured at 100,000
// generated articles, where they cost more than all the inserts of a document):
// - The registry's exact-name lookup read every alias with the key and joined each to its
//   person to check the side: a common surname or a name shared across countries is hundreds of
//   rows. The alias now carries its person's side (people.affiliation, kept equal by the
//   registry, the only writer of either), indexed after the key, so the lookup reads the rows of
//   one side and of unknown side only. The same goes for the fuzzy lookup's skeleton and typo
//   block indexes, which then no longer need the people table either.
// - The near-duplicate probe read the fingerprint of each document sharing a simhash band from
//   the table row, past the article text (overflow pages in SQLite, the heap in PostgreSQL);
//   template-like texts share bands often. The band indexes now cover what the probe reads.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Backend } from '../schema.ts';

const BANDS = ['sh_band0', 'sh_band1', 'sh_band2', 'sh_band3'] as const;
const FUZZY = ['alias_skeleton', 'typo_block_a', 'typo_block_b'] as const;
const fuzzyIndex = (column: string) => `person_aliases_${column.replace('alias_', '')}`;

export function lookupIndexesMigration(backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      await db.schema.alterTable('person_aliases').addColumn('side', 'text').execute();
      await db
        .updateTable('person_aliases')
        .set((eb) => ({
          side: eb
            .selectFrom('people')
            .select('people.affiliation')
            .whereRef('people.id', '=', 'person_aliases.person_id'),
        }))
        .execute();
      await db.schema.dropIndex('person_aliases_key').execute();
      await db.schema
        .createIndex('person_aliases_key')
        .on('person_aliases')
        .columns(['alias_key', 'side', 'person_id'])
        .execute();
      // Partial, as in migration 006: a query must say `column <> ''` for the index to serve it.
      for (const column of FUZZY) {
        await db.schema.dropIndex(fuzzyIndex(column)).execute();
        await db.schema
          .createIndex(fuzzyIndex(column))
          .on('person_aliases')
          .columns([column, 'side', 'person_id'])
          .where(sql.ref(column), '<>', '')
          .execute();
      }
      for (const band of BANDS) {
        await db.schema.dropIndex(`documents_${band}`).execute();
        await db.schema
          .createIndex(`documents_${band}`)
          .on('documents')
          .columns([band, 'simhash', 'latest', 'near_duplicate_of'])
          .execute();
      }
      if (backend === 'postgres') await sql`analyze person_aliases, documents`.execute(db);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      for (const band of BANDS) {
        await db.schema.dropIndex(`documents_${band}`).execute();
        await db.schema.createIndex(`documents_${band}`).on('documents').column(band).execute();
      }
      for (const column of FUZZY) {
        await db.schema.dropIndex(fuzzyIndex(column)).execute();
        await db.schema
          .createIndex(fuzzyIndex(column))
          .on('person_aliases')
          .columns([column, 'person_id'])
          .where(sql.ref(column), '<>', '')
          .execute();
      }
      await db.schema.dropIndex('person_aliases_key').execute();
      await db.schema
        .createIndex('person_aliases_key')
        .on('person_aliases')
        .columns(['alias_key', 'person_id'])
        .execute();
      await db.schema.alterTable('person_aliases').dropColumn('side').execute();
    },
  };
}
