// Everything a SQLite database holds, for tests that compare two databases row for row: every
// table (the full-text index's own tables included, its blobs as bytes), every column but the
// wall-clock timestamps, in storage order (rowid, else primary key), so the same rows with other
// ids or inserted in another order differ.
import SqliteDatabase from 'better-sqlite3';

const TIMESTAMPS = new Set(['ingested_at', 'created_at', 'updated_at', 'timestamp']);

export function sqliteContents(path: string): Record<string, unknown[]> {
  const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as { name: string; sql: string }[];
    const out: Record<string, unknown[]> = {};
    for (const { name, sql } of tables) {
      // A contentless full-text table reads as nulls: its shadow tables hold the index.
      if (/^create virtual table/i.test(sql)) continue;
      const columns = (db.pragma(`table_info("${name}")`) as { name: string }[])
        .map((c) => c.name)
        .filter((c) => !TIMESTAMPS.has(c));
      const list = columns.map((c) => `"${c}"`).join(', ');
      const order = /without rowid\s*$/i.test(sql) ? '' : ' order by rowid';
      out[name] = db.prepare(`select ${list} from "${name}"${order}`).all();
    }
    return out;
  } finally {
    db.close();
  }
}
