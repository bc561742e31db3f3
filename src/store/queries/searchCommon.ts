// What the two backends' search strategies share: the columns a hit shows, the caps, the shape
// of their answer, and the capped count.
import type { Kysely } from 'kysely';
import { matchingDocumentIds } from '../fts.ts';
import type { Backend, Database } from '../schema.ts';
import { num } from './page.ts';

export const COLUMNS = [
  'documents.id',
  'documents.title',
  'documents.url',
  'documents.source',
  'documents.published',
  'documents.text',
] as const;

/** `window`: PostgreSQL's first window of newest documents (see pgMatches). */
export type Caps = { count: number; rank: number; window: number };

export interface RankedRow {
  id: number;
  title: string | null;
  url: string | null;
  source: string;
  published: string | null;
  text: string;
  rank: number;
}

export interface Matches {
  /** A page of the matches ranked, best first (rank, then id). */
  page: (limit: number, offset: number) => Promise<RankedRow[]>;
  /** Matches counted (up to the cap), and whether every document was looked at. */
  count: Promise<{ n: number; complete: boolean }>;
}

/** Every document matching the terms, counted up to one past the cap (so "over the cap" shows). */
export function countMatches(
  db: Kysely<Database>,
  backend: Backend,
  terms: readonly string[],
  cap: number,
): Promise<{ n: number; complete: boolean }> {
  return db
    .selectFrom(
      db
        .selectFrom(matchingDocumentIds(db, backend, terms).as('all'))
        .select('all.id')
        .limit(cap + 1)
        .as('m'),
    )
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst()
    .then((r) => ({ n: num(r?.n), complete: true }));
}
