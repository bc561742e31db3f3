// Full-text search over documents. Both backends index the same thing: the folded title and text
// reduced to space-separated letter/digit tokens (see ../fts.ts), so a query finds the same
// documents on either. SQLite: a contentless FTS5 table (the text is already in `documents`;
// contentless_delete lets a superseded version be dropped from the index). PostgreSQL: a tsvector
// column with the 'simple' configuration (no stemming, like FTS5's unicode61) and a GIN index.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Backend } from '../schema.ts';

export function searchMigration(backend: Backend): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema type
    async up(db: Kysely<any>) {
      if (backend === 'sqlite') {
        // No builder exists for virtual tables; the statement has no parameters.
        await sql`create virtual table documents_fts using fts5(
          body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
        )`.execute(db);
      } else {
        await db.schema
          .alterTable('documents')
          .addColumn('search', sql`tsvector`)
          .execute();
        await db.schema.createIndex('documents_search').on('documents').using('gin').column('search').execute();
      }
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    async down(db: Kysely<any>) {
      if (backend === 'sqlite') await db.schema.dropTable('documents_fts').execute();
      else await db.schema.alterTable('documents').dropColumn('search').execute();
    },
  };
}
