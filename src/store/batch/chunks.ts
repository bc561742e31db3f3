// Bulk statements of a fixed shape. A batch reads and writes hundreds of rows of a kind at once;
// with a statement per distinct list length, the compiled-statement caches would fill with
// near-identical SQL. Lists go out in chunks of a fixed size instead (the last one padded with
// NULL, which matches nothing), and rows in chunks of a few fixed sizes.
import type { Compilable, Kysely } from 'kysely';
import { compiledOnce, insertRows } from '../compiledOnce.ts';
import type { Database } from '../schema.ts';

/** Thrown when a bulk read finds more rows than its bound: the batch is then saved document by
 * document, whose statements each read a bounded number of rows. */
export class BatchOverflow extends Error {
  constructor(what: string, limit: number) {
    super(`expected at most ${limit} rows from the batch's ${what} lookup, got more`);
  }
}

/** `values` in lists of exactly `size`, the last padded with null. */
export function paddedChunks<T>(values: readonly T[], size: number): (T | null)[][] {
  const out: (T | null)[][] = [];
  for (let i = 0; i < values.length; i += size) {
    const chunk: (T | null)[] = values.slice(i, i + size);
    while (chunk.length < size) chunk.push(null);
    out.push(chunk);
  }
  return out;
}

/**
 * Runs a query over `values` a padded chunk at a time and concatenates the rows. `build` gets
 * the chunk's list as stand-ins (typed `never`, so it fits any column). With `limit`, a chunk
 * returning more rows than `limit` per value of the chunk throws BatchOverflow.
 */
export async function queryInChunks<R>(
  db: Kysely<Database>,
  shape: string,
  values: readonly unknown[],
  size: number,
  build: (list: never[]) => Compilable<R>,
  limit?: { perValue: number; what: string },
): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of paddedChunks(values, size)) {
    const query = compiledOnce(
      db,
      `${shape}:${size}`,
      (v) => build(Array.from({ length: size }, (_, i) => v<never>(i))),
      chunk,
    );
    const { rows } = await db.executeQuery(query);
    if (limit && rows.length > limit.perValue * size) throw new BatchOverflow(limit.what, limit.perValue * size);
    for (const r of rows) out.push(r);
  }
  return out;
}

/** Row counts a bulk insert is cut into (largest first): four or five shapes a table. */
export const INSERT_SIZES = [256, 64, 16, 4, 1] as const;
/** For rows holding whole article texts: a statement's parameters stay a few megabytes. */
export const TEXT_INSERT_SIZES = [16, 4, 1] as const;

/** Inserts rows through compiled-once statements of the given sizes; `build` gets stand-in rows. */
export async function insertInChunks<C extends string>(
  db: Kysely<Database>,
  name: string,
  columns: readonly C[],
  rows: readonly Record<C, unknown>[],
  build: (rows: Record<C, never>[]) => Compilable<unknown>,
  sizes: readonly number[] = INSERT_SIZES,
): Promise<void> {
  let at = 0;
  for (const size of sizes)
    for (; rows.length - at >= size; at += size) await insertRows(db, name, columns, rows.slice(at, at + size), build);
}
