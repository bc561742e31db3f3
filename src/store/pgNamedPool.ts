// PostgreSQL plans a statement sent without a name every time it runs: for the store's small
// indexed queries, planning took several times longer than executing (the fuzzy-name lookup:
// 0.8 ms planning, 0.1 ms executing). A statement sent with a name is parsed once per
// connection and, after a few runs, served by a cached generic plan. The store's statements
// come from a bounded set of shapes (compiledOnce.ts), so each distinct SQL text with
// parameters gets a name, up to a cap; past it (ad-hoc shapes: lists of every length) they go
// unnamed as before.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** Distinct statements named per process; each connection prepares those it runs. */
const MAX_NAMED = 2000;

export function namedStatementPool(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED) names.set(text, (name = `sidelines_${names.size}`));
    return name;
  };
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      const query = (text: unknown, parameters?: readonly unknown[]): unknown => {
        // A cursor, or a statement without parameters (transaction control): as it comes.
        if (typeof text !== 'string' || !parameters?.length) return client.query(text as never, parameters as never);
        const name = nameOf(text);
        const values = [...parameters];
        return name === undefined ? client.query(text, values) : client.query({ name, text, values });
      };
      return { query: query as PostgresPoolClient['query'], release: () => client.release() };
    },
    end: () => pool.end(),
  };
}
