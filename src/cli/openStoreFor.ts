// Opens the store a command names, runs the command and always closes the store. A read-only
// command does not create a SQLite file that is not there (it says how to make one instead);
// errors name the database with any password masked.
import { existsSync } from 'node:fs';
import { parseStoreUrl } from '../store/connect.ts';
import { openStore, type Store } from '../store/store.ts';
import type { Io } from './config.ts';

export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The database for messages: postgres://user:***@host/db. */
export function displayDb(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface OpenOptions {
  /** Refuse to create a new SQLite file (the read-only query commands). */
  mustExist: boolean;
}

export async function openStoreFor(dbUrl: string, io: Io, options: OpenOptions): Promise<Store | null> {
  const target = parseStoreUrl(dbUrl);
  if (options.mustExist && target.backend === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
    io.stderr.write(
      `sidelines: no database at ${target.path} (create one with \`sidelines ingest\` or \`npm start\`, or pass --db)\n`,
    );
    return null;
  }
  try {
    return await openStore({ url: dbUrl });
  } catch (err) {
    io.stderr.write(`sidelines: cannot open database ${displayDb(dbUrl)}: ${displayDb(message(err))}\n`);
    return null;
  }
}

/** Runs `fn` on an open store; exit 2 when the store cannot be opened. */
export async function withStore(
  dbUrl: string,
  io: Io,
  options: OpenOptions,
  fn: (store: Store) => Promise<number>,
): Promise<number> {
  const store = await openStoreFor(dbUrl, io, options);
  if (!store) return EXIT_USAGE;
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
