// Ids for the rows a batch creates, handed out while it is applied in memory (its sources and
// child rows refer to them) and written explicitly at its end. Both backends serialise Sidelines
// writers (SQLite's write lock, PostgreSQL's advisory lock; see ../connect.ts), so no other
// writer takes ids meanwhile.
import { sql, type Kysely } from 'kysely';
import type { Backend, Database } from '../schema.ts';

export type IdTable = 'documents' | 'engagements' | 'people' | 'anniversaries' | 'partnerships';

export interface IdAllocator {
  next(table: IdTable): Promise<number>;
  /** Moves the backend's counters past the ids handed out (PostgreSQL's sequences; SQLite's
   * AUTOINCREMENT counter follows explicit ids by itself). */
  finish(db: Kysely<Database>): Promise<void>;
}

export function allocateIds(db: Kysely<Database>, backend: Backend): IdAllocator {
  const start = new Map<IdTable, number>();
  const used = new Map<IdTable, number>();
  /** The first id of the batch for a table, read when the batch first needs one: a table the
   * batch adds nothing to keeps its counter untouched (no gap on PostgreSQL). */
  async function first(table: IdTable): Promise<number> {
    let n = start.get(table);
    if (n === undefined) {
      if (backend === 'sqlite') {
        // AUTOINCREMENT never reuses an id: the next is past the largest ever handed out.
        const { rows } = await sql<{ seq: number }>`select seq from sqlite_sequence where name = ${table}`.execute(db);
        n = Number(rows[0]?.seq ?? 0) + 1;
      } else {
        // The rest of the range is claimed with setval at the end (finish).
        const { rows } = await sql<{
          id: number;
        }>`select nextval(pg_get_serial_sequence(${table}, 'id')) as id`.execute(db);
        if (!rows[0]) throw new Error(`allocateIds: expected a sequence value for ${table}, got none`);
        n = Number(rows[0].id);
      }
      start.set(table, n);
    }
    return n;
  }
  return {
    async next(table) {
      const base = await first(table);
      const n = used.get(table) ?? 0;
      used.set(table, n + 1);
      return base + n;
    },
    async finish(trx) {
      if (backend === 'sqlite') return;
      for (const [t, n] of used)
        if (n > 1) await sql`select setval(pg_get_serial_sequence(${t}, 'id'), ${start.get(t)! + n - 1})`.execute(trx);
    },
  };
}
