// The backends every store suite runs against: a real SQLite file in a temp directory, and
// PostgreSQL when TEST_DATABASE_URL is set (each suite in its own throwaway schema, so test
// files can run in parallel against one database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/store.ts';

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** Reason to skip, or false. */
  skip: string | false;
  /** A fresh, migrated, empty store; cleanup closes it and deletes its data. */
  open(): Promise<{ store: Store; url: string; cleanup(): Promise<void> }>;
}

const sqlite: TestBackend = {
  name: 'sqlite',
  skip: false,
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'sidelines-store-'));
    const url = join(dir, 'test.db');
    const store = await openStore({ url });
    return {
      store,
      url,
      async cleanup() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const pgUrl = process.env.TEST_DATABASE_URL;

const postgres: TestBackend = {
  name: 'postgres',
  skip: pgUrl ? false : 'TEST_DATABASE_URL is not set (e.g. postgres://user:pass@127.0.0.1:5432/db); .ci/run sets it',
  async open() {
    const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    // Every pooled connection gets the schema on its search path through the startup options.
    const url = `${pgUrl}${pgUrl!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const store = await openStore({ url });
    return {
      store,
      url,
      async cleanup() {
        await store.close();
        const c = new pg.Client({ connectionString: pgUrl });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      },
    };
  },
};

export const backends: TestBackend[] = [sqlite, postgres];
