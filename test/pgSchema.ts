// Throwaway PostgreSQL schemas for the suites that run against TEST_DATABASE_URL (.ci/run sets
// it; the suites are skipped without it). Each suite works in a schema of its own, named through
// the URL's search_path startup option, so test files can run in parallel on one database and
// every pooled connection (ours and a child CLI's) lands in the right schema.
import pg from 'pg';

export const pgUrl = process.env.TEST_DATABASE_URL;

/** The reason a PostgreSQL suite is skipped, or false. */
export const pgSkip: string | false = pgUrl
  ? false
  : 'TEST_DATABASE_URL is not set (e.g. postgres://user:pass@127.0.0.1:5432/db); .ci/run sets it';

/** Runs one statement as the test role on the database itself (outside any test schema). */
export async function pgAdmin(sql: string): Promise<void> {
  if (!pgUrl) throw new Error('TEST_DATABASE_URL is not set');
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `url` with one more query parameter (libpq URL syntax, which pg and the CLI both read). */
export function withParam(url: string, name: string, value: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

export interface PgSchema {
  schema: string;
  /** TEST_DATABASE_URL with the schema as the search path. */
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty schema named `prefix_PID_random`. */
export async function createSchema(prefix: string): Promise<PgSchema> {
  const schema = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await pgAdmin(`create schema ${schema}`);
  return {
    schema,
    url: withParam(pgUrl ?? '', 'options', `-c search_path=${schema}`),
    drop: () => pgAdmin(`drop schema if exists ${schema} cascade`),
  };
}
