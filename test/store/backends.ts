// The backends every store suite runs against: a real SQLite file in a temp directory, and
// PostgreSQL when TEST_DATABASE_URL is set (each suite in its own throwaway schema, so test
// files can run in parallel against one database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/store.ts';
import { createSchema, pgSkip } from '../pgSchema.ts';

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

const postgres: TestBackend = {
  name: 'postgres',
  skip: pgSkip,
  async open() {
    const pg = await createSchema('test');
    const store = await openStore({ url: pg.url });
    return {
      store,
      url: pg.url,
      async cleanup() {
        await store.close();
        await pg.drop();
      },
    };
  },
};

export const backends: TestBackend[] = [sqlite, postgres];
