// search(q, page): full-text search over the current documents, best first, with a snippet.
import { sql, type Kysely } from 'kysely';
import { ftsTerms, matchingDocumentIds, pgQuery, rankExpression, snippet, sqliteMatch } from '../fts.ts';
import type { Backend, Database } from '../schema.ts';
import type { Page, SearchPage } from '../types.ts';
import { clampPage, num } from './page.ts';

const COLUMNS = [
  'documents.id',
  'documents.title',
  'documents.url',
  'documents.source',
  'documents.published',
  'documents.text',
] as const;

/** How far a broad query is followed. Counting: an exact count of a word found in nearly every
 * document visits every matching row, and "10,000+" tells a reader as much. Ranking: only the
 * most recently stored matches are ranked: ranking every match of a common word was the
 * slowest query of all, and readers look at the first pages. Queries with fewer matches are
 * counted and ranked completely. */
export const SEARCH_CAPS: Record<Backend, Caps> = {
  sqlite: { count: 10_000, rank: 2_000, window: 0 },
  postgres: { count: 10_000, rank: 500, window: 4_000 },
};

/** `window`: PostgreSQL's first window of newest documents (see pgMatches). */
type Caps = { count: number; rank: number; window: number };

export async function search(
  db: Kysely<Database>,
  backend: Backend,
  q: string,
  page?: Page,
  caps: Caps = SEARCH_CAPS[backend],
): Promise<SearchPage> {
  const { limit, offset } = clampPage(page);
  const terms = ftsTerms(q);
  if (!terms.length) return { items: [], total: 0, totalCapped: false, limit, offset };
  const matches = backend === 'sqlite' ? sqliteMatches(db, terms, caps) : await pgMatches(db, terms, caps);
  const [counted, rows] = await Promise.all([matches.count, matches.page(limit, offset)]);
  return {
    items: rows.map((r) => ({
      documentId: r.id,
      title: r.title,
      url: r.url,
      source: r.source,
      published: r.published,
      snippet: snippet(r.text, terms),
      rank: Number(r.rank),
    })),
    total: Math.min(counted.n, caps.count),
    totalCapped: counted.n > caps.count || !counted.complete,
    limit,
    offset,
  };
}

interface RankedRow {
  id: number;
  title: string | null;
  url: string | null;
  source: string;
  published: string | null;
  text: string;
  rank: number;
}

interface Matches {
  /** A page of the matches ranked, best first (rank, then id). */
  page: (limit: number, offset: number) => Promise<RankedRow[]>;
  /** Matches counted (up to the cap), and whether every document was looked at. */
  count: Promise<{ n: number; complete: boolean }>;
}

/** Every document matching the terms, counted up to one past the cap (so "over the cap" shows). */
function countMatches(
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

/** FTS5 walks a term's document list in rowid order and stops: the newest caps.rank matches are
 * ranked. bm25() must sit in the SELECT that holds the MATCH. */
function sqliteMatches(db: Kysely<Database>, terms: readonly string[], caps: Caps): Matches {
  const recent = db
    .selectFrom('documents_fts')
    .where(sql`documents_fts`, 'match', sqliteMatch(terms))
    .select(['documents_fts.rowid as id', rankExpression('sqlite', terms).as('rank')])
    .orderBy('documents_fts.rowid', 'desc')
    .limit(caps.rank);
  const page = (limit: number, offset: number) =>
    db
      .selectFrom(
        db
          .selectFrom(recent.as('r'))
          .select(['r.id', 'r.rank'])
          .orderBy('r.rank', 'desc')
          .orderBy('r.id')
          .limit(limit)
          .offset(offset)
          .as('p'),
      )
      .innerJoin('documents', 'documents.id', 'p.id')
      .select(COLUMNS)
      .select('p.rank')
      .orderBy('p.rank', 'desc')
      .orderBy('documents.id')
      .execute();
  return { page, count: countMatches(db, 'sqlite', terms, caps.count) };
}

/**
 * PostgreSQL reads a row's whole tsvector to test it, and its planner does not know how much
 * that costs: asked for the newest matches of a word in 4 % of documents, it walks the id index
 * backwards through tens of thousands of rows. So the newest documents are searched in windows
 * of ids that grow fourfold until one holds enough matches to rank (or spans every document).
 * Each window is ranked at once, newest first, up to caps.rank matches: a window that fills
 * them ends the search, so a common word's rows are read once (counting them first and then
 * ranking read them twice: bench p50 48-50 ms at 100,000 documents, 16 ms ranked at once). The ranked
 * ids and ranks (a few KB) are then paged here.
 */
async function pgMatches(db: Kysely<Database>, terms: readonly string[], caps: Caps): Promise<Matches> {
  const top = num(
    (
      await db
        .selectFrom('documents')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirst()
    )?.m,
  );
  const inWindow = (lo: number) =>
    db.selectFrom('documents').where('documents.search', '@@', pgQuery(terms)).where('documents.id', '>', lo);
  let lo = 0;
  let ranked: { id: number; rank: number }[] = [];
  for (let span = caps.window; ; span *= 4) {
    lo = Math.max(0, top - span);
    ranked = (
      await inWindow(lo)
        .select(['documents.id as id', rankExpression('postgres', terms).as('rank')])
        .orderBy('documents.id', 'desc')
        .limit(caps.rank)
        .execute()
    ).map((r) => ({ id: r.id, rank: Number(r.rank) }));
    if (lo === 0 || ranked.length >= caps.rank) break;
  }
  ranked.sort((a, b) => b.rank - a.rank || a.id - b.id);
  // Every document looked at and more matches than were ranked: count them, up to the cap.
  const count =
    lo > 0
      ? Promise.resolve({ n: ranked.length, complete: false })
      : ranked.length < caps.rank
        ? Promise.resolve({ n: ranked.length, complete: true })
        : countMatches(db, 'postgres', terms, caps.count);
  const page = async (limit: number, offset: number): Promise<RankedRow[]> => {
    const slice = ranked.slice(offset, offset + limit);
    if (!slice.length) return [];
    const rows = await db
      .selectFrom('documents')
      .select(COLUMNS)
      .where(
        'documents.id',
        'in',
        slice.map((r) => r.id),
      )
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return slice.flatMap((r) => {
      const row = byId.get(r.id);
      return row ? [{ ...row, rank: r.rank }] : [];
    });
  };
  return { page, count };
}
