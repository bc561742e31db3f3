// Kysely builds and compiles a query on every call. On the write path (some sixty statements an
// article) that cost nearly as much as running them in SQLite. A statement here is compiled once
// per dialect and shape (a name for the SQL it yields: table, row count, which optional terms),
// with stand-ins for its values; each call reuses that SQL with its own values. The SQL still
// comes from the typed builder, never from strings.
import { CompiledQuery, SqliteAdapter, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Builds a template: `v(i)` stands for the i-th value of the call. Typed as whatever the
 * builder expects at that place. */
export type Stand = <T>(i: number) => T;

const MARK = '\u0000v';
const stand: Stand = <T>(i: number) => `${MARK}${i}` as unknown as T;

/** Bounded by the shapes the code can produce; one map per dialect (adapter). */
const templates = new WeakMap<object, Map<string, { sql: string; parameters: readonly unknown[]; slots: number }>>();

export function compiledOnce<R>(
  db: Kysely<Database>,
  shape: string,
  build: (v: Stand) => Compilable<R>,
  values: readonly unknown[],
): CompiledQuery<R> {
  const adapter = db.getExecutor().adapter;
  let byShape = templates.get(adapter);
  if (!byShape) templates.set(adapter, (byShape = new Map()));
  let template = byShape.get(shape);
  if (!template) {
    const { sql, parameters } = build(stand).compile();
    // A value may be used at several places (one list matched against two columns).
    const slots = new Set(parameters.filter((p) => typeof p === 'string' && p.startsWith(MARK))).size;
    byShape.set(shape, (template = { sql, parameters, slots }));
  }
  // A shape name that does not pin down the SQL would bind the wrong values: fail loudly.
  if (template.slots !== values.length)
    throw new Error(`compiledOnce(${shape}): expected ${template.slots} values, got ${values.length}`);
  const parameters = template.parameters.map((p) =>
    typeof p === 'string' && p.startsWith(MARK) ? (values[Number(p.slice(MARK.length))] ?? null) : p,
  );
  return CompiledQuery.raw(template.sql, parameters) as CompiledQuery<R>;
}

/** Runs a compiled-once query; its rows. */
export async function runOnce<R>(
  db: Kysely<Database>,
  shape: string,
  build: (v: Stand) => Compilable<R>,
  values: readonly unknown[],
): Promise<R[]> {
  return (await db.executeQuery(compiledOnce(db, shape, build, values))).rows;
}

/** Stand-in rows for an insert of `count` rows of these columns (row-major slots), to pass to
 * `.values()`; `never` fits any column type. */
export function standRows<C extends string>(v: Stand, columns: readonly C[], count: number): Record<C, never>[] {
  return Array.from({ length: count }, (_, r) =>
    Object.fromEntries(columns.map((c, k) => [c, v(r * columns.length + k)])),
  ) as Record<C, never>[];
}

/** The values of rows, in the order of standRows' slots. */
export function rowValues<C extends string>(columns: readonly C[], rows: readonly Record<C, unknown>[]): unknown[] {
  const out: unknown[] = [];
  for (const row of rows) for (const c of columns) out.push(row[c]);
  return out;
}

/** A row field missing from `columns` would be dropped silently: refuse it. */
function checkColumns(name: string, columns: readonly string[], rows: readonly object[]): void {
  const extra = rows.find((row) => Object.keys(row).length !== columns.length);
  if (extra)
    throw new Error(
      `insertRows(${name}): expected the columns ${columns.join(', ')}, got ${Object.keys(extra).join(', ')}`,
    );
}

/** Inserts rows through a compiled-once statement: `build` gets the stand-in rows. */
export async function insertRows<C extends string, R>(
  db: Kysely<Database>,
  name: string,
  columns: readonly C[],
  rows: readonly Record<C, unknown>[],
  build: (rows: Record<C, never>[]) => Compilable<R>,
): Promise<R[]> {
  checkColumns(name, columns, rows);
  return runOnce(
    db,
    `${name}:${rows.length}`,
    (v) => build(standRows(v, columns, rows.length)),
    rowValues(columns, rows),
  );
}

/**
 * Inserts one row and returns its id. SQLite reports the rowid an insert made; measured on the
 * write path, an INSERT ... RETURNING cost three times the plain insert there. PostgreSQL
 * reports nothing, so there the statement returns the id.
 */
export async function insertReturningId<C extends string>(
  db: Kysely<Database>,
  name: string,
  columns: readonly C[],
  row: Record<C, unknown>,
  build: (rows: Record<C, never>[]) => { plain: Compilable<unknown>; returning: Compilable<{ id: number }> },
): Promise<number> {
  checkColumns(name, columns, [row]);
  const values = rowValues(columns, [row]);
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    const result = await db.executeQuery(
      compiledOnce(db, `${name}:1`, (v) => build(standRows(v, columns, 1)).plain, values),
    );
    if (result.insertId === undefined) throw new Error(`insertReturningId(${name}): expected a rowid, got none`);
    return Number(result.insertId);
  }
  const [inserted] = await runOnce(db, `${name}:1:returning`, (v) => build(standRows(v, columns, 1)).returning, values);
  if (!inserted) throw new Error(`insertReturningId(${name}): expected the new id, got no row`);
  return inserted.id;
}
