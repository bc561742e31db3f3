// search(q, page): full-text search over the current documents, best first, with a snippet.
import { sql, type Kysely } from 'kysely';
import { ftsTerms, rankExpression, snippet, sqliteMatch } from '../fts.ts';
import type { Backend, Database } from '../schema.ts';
import type { Page, SearchPage } from '../types.ts';
import { clampPage } from './page.ts';
import { COLUMNS, countMatches, type Caps, type Matches } from './searchCommon.ts';
import { pgMatches } from './searchPostgres.ts';

/** How far a broad query is followed. Counting: an exact count of a word found in nearly every
 * document visits every matching row, and "10,000+" tells a reader as much. Ranking: only the
 * most recently stored matches are ranked: ranking every match of a common word was the
 * slowest query of all, and readers look at the first pages. Queries with fewer matches are
 * counted and ranked completely. */
export const SEARCH_CAPS: Record<Backend, Caps> = {
  sqlite: { count: 10_000, rank: 2_000, window: 0 },
  postgres: { count: 10_000, rank: 500, window: 4_000 },
};

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
