// Documents: one row per distinct text. The content hash is unique (re-ingesting is a no-op);
// the simhash bands are indexed so near-duplicate lookup probes four indexes, never the table.
import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { Backend } from '../schema.ts';

export function documentsMigration(backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      await withId(db.schema.createTable('documents'), backend)
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('published', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('format', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('pipeline_version', 'text', (c) => c.notNull())
        .addColumn('near_duplicate_of', 'integer', (c) => c.references('documents.id'))
        .addColumn('previous_version_id', 'integer', (c) => c.references('documents.id'))
        .addColumn('latest', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('simhash', 'text', (c) => c.notNull())
        .addColumn('sh_band0', 'integer', (c) => c.notNull())
        .addColumn('sh_band1', 'integer', (c) => c.notNull())
        .addColumn('sh_band2', 'integer', (c) => c.notNull())
        .addColumn('sh_band3', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_url').on('documents').columns(['url', 'latest']).execute();
      await db.schema.createIndex('documents_stale').on('documents').columns(['latest', 'pipeline_version']).execute();
      await db.schema.createIndex('documents_near_dup').on('documents').column('near_duplicate_of').execute();
      for (const band of ['sh_band0', 'sh_band1', 'sh_band2', 'sh_band3'])
        await db.schema.createIndex(`documents_${band}`).on('documents').column(band).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      await db.schema.dropTable('documents').execute();
    },
  };
}

/** An auto-incrementing integer primary key. AUTOINCREMENT on SQLite so deleted ids are never
 * reused (API clients may hold on to an engagement id); serial on PostgreSQL. */
export function withId<T extends string>(
  table: CreateTableBuilder<T, never>,
  backend: Backend,
): CreateTableBuilder<T, 'id'> {
  return backend === 'sqlite'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    : table.addColumn('id', 'serial', (c) => c.primaryKey());
}
