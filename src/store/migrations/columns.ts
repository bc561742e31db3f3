// Column helpers shared by the migrations: the one place where the id column type differs.
import type { CreateTableBuilder } from 'kysely';
import type { Backend } from '../schema.ts';

/** An auto-incrementing integer primary key. AUTOINCREMENT on SQLite so deleted ids are never
 * reused (API clients may hold on to an engagement id); serial on PostgreSQL. */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, backend: Backend): CreateTableBuilder<T, 'id'> {
  return backend === 'sqlite'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    : table.addColumn('id', 'serial', (c) => c.primaryKey());
}
