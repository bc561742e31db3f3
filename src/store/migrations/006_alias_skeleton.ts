// Fuzzy lookup in the people registry (see ../nameSkeleton.ts): each alias gets its spelling
// skeleton and the (at most two) blocks it is filed under for typo matching, each indexed. They
// are written with the alias itself, so the write path gains no statement, and read only when a
// name's exact key finds nobody. Existing aliases are backfilled here; the rules are code, so a
// later change to them needs a migration that recomputes these columns.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Backend } from '../schema.ts';
import { nameFiling } from '../nameSkeleton.ts';

const PAGE = 1000;
const COLUMNS = ['alias_skeleton', 'typo_block_a', 'typo_block_b'] as const;

export function aliasSkeletonMigration(_backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      for (const column of COLUMNS)
        await db.schema
          .alterTable('person_aliases')
          .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      await backfill(db);
      // Built after the backfill: one index build instead of updates to it row by row. Partial:
      // the many aliases without a skeleton or block ("Lavrov", "Mr. Lavrov", "Wang Yi") cost
      // the write path nothing; a query must say `column <> ''` for the index to serve it.
      for (const column of COLUMNS)
        await db.schema
          .createIndex(`person_aliases_${column.replace('alias_', '')}`)
          .on('person_aliases')
          .columns([column, 'person_id'])
          .where(sql.ref(column), '<>', '')
          .execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      for (const column of COLUMNS) {
        await db.schema.dropIndex(`person_aliases_${column.replace('alias_', '')}`).execute();
        await db.schema.alterTable('person_aliases').dropColumn(column).execute();
      }
    },
  };
}

/** Pages through the aliases in primary-key order; one UPDATE ... FROM (VALUES) per page, which
 * both backends have. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function backfill(db: Kysely<any>): Promise<void> {
  let after: { person_id: number; alias: string } | null = null;
  for (;;) {
    let q = db
      .selectFrom('person_aliases')
      .select(['person_id', 'alias'])
      .orderBy('person_id')
      .orderBy('alias')
      .limit(PAGE);
    if (after) {
      const { person_id, alias } = after;
      q = q.where((eb) =>
        eb.or([eb('person_id', '>', person_id), eb.and([eb('person_id', '=', person_id), eb('alias', '>', alias)])]),
      );
    }
    const rows = (await q.execute()) as { person_id: number; alias: string }[];
    if (!rows.length) return;
    after = rows[rows.length - 1]!;
    const values = rows.flatMap((r) => {
      const { skeleton, blockA, blockB } = nameFiling(r.alias);
      return skeleton ? [sql`(cast(${r.person_id} as integer), ${r.alias}, ${skeleton}, ${blockA}, ${blockB})`] : [];
    });
    if (values.length)
      await sql`with v(person_id, alias, skeleton, block_a, block_b) as (values ${sql.join(values)})
        update person_aliases set alias_skeleton = v.skeleton, typo_block_a = v.block_a, typo_block_b = v.block_b
        from v where person_aliases.person_id = v.person_id and person_aliases.alias = v.alias`.execute(db);
  }
}
