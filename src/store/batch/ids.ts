// Ids for the rows a batch creates, handed out while it is applied in memory (its sources and
// child rows refer to them) and written explicitly at its end. Both backends serialise Sidelines
// writers (SQLite's write lock, PostgreSQL's advisory lock; see ../connect.ts), so no other
// writer takes ids meanwhile.
import { sql, type Kysely } from 'kysely';
import type { Backend, Database } from '../schema.ts';

export type IdTable = 'documents' | 'engagements' | 'people';
const TABLES: readonly IdTable[] = ['documents', 'engagements', 'people'];

export interface IdAllocator {
  next(table: IdTable): number;
  /** Moves the backend's counters past the ids handed out (PostgreSQL's sequences; SQLite's
   * AUTOINCREMENT counter follows explicit ids by itself). */
  finish(db: Kysely<Database>): Promise<void>;
}

export async function allocateIds(db: Kysely<Database>, backend: Backend): Promise<IdAllocator> {
  const start = new Map<IdTable, number>();
  if (backend === 'sqlite') {
    // AUTOINCREMENT never reuses an id: the next is past the largest ever handed out.
    const { rows } = await sql<{ name: string; seq: number }>`
      select name, seq from sqlite_sequence where name in (${sql.join(TABLES)})`.execute(db);
    for (const t of TABLES) start.set(t, Number(rows.find((r) => r.name === t)?.seq ?? 0) + 1);
  } else {
    // One nextval per table; the rest of the range is claimed with setval at the end. A batch
    // that rolls back leaves a gap, as any PostgreSQL sequence may.
    const { rows } = await sql<Record<IdTable, number>>`
      select nextval(pg_get_serial_sequence('documents', 'id')) as documents,
             nextval(pg_get_serial_sequence('engagements', 'id')) as engagements,
             nextval(pg_get_serial_sequence('people', 'id')) as people`.execute(db);
    const [first] = rows;
    if (!first) throw new Error('allocateIds: expected a row of sequence values, got none');
    for (const t of TABLES) start.set(t, Number(first[t]));
  }
  const used = new Map<IdTable, number>(TABLES.map((t) => [t, 0]));
  return {
    next(table) {
      const n = used.get(table)!;
      used.set(table, n + 1);
      return start.get(table)! + n;
    },
    async finish(trx) {
      if (backend === 'sqlite') return;
      for (const t of TABLES) {
        const n = used.get(t)!;
        if (n > 1) await sql`select setval(pg_get_serial_sequence(${t}, 'id'), ${start.get(t)! + n - 1})`.execute(trx);
      }
    },
  };
}
