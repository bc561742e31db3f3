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
 * document visits every matching row (seconds on PostgreSQL, which reads each row's tsvector),
 * and "10,000+" tells a reader as much. Ranking: only the most recently stored matches are
 * ranked (both backends walk their id index backwards and stop): ranking every match of a common
 * word was the slowest query of all, and readers look at the first pages. Queries with fewer
 * matches are counted and ranked completely. PostgreSQL reads a whole tsvector per row checked,
 * so it follows fewer. */
export const SEARCH_CAPS: Record<Backend, { count: number; rank: number }> = {
  sqlite: { count: 10_000, rank: 2_000 },
  postgres: { count: 2_000, rank: 500 },
};

export async function search(
  db: Kysely<Database>,
  backend: Backend,
  q: string,
  page?: Page,
  caps: { count: number; rank: number } = SEARCH_CAPS[backend],
): Promise<SearchPage> {
  const { limit, offset } = clampPage(page);
  const terms = ftsTerms(q);
  if (!terms.length) return { items: [], total: 0, totalCapped: false, limit, offset };
  const rank = rankExpression(backend, terms);
  // The newest caps.rank matches (both backends walk their index in id order and stop),
  // ranked; only the page's rows are joined to their documents, so no text is loaded for the
  // rest. SQLite's bm25() must sit in the SELECT that holds the MATCH.
  const recent =
    backend === 'sqlite'
      ? db
          .selectFrom('documents_fts')
          .where(sql`documents_fts`, 'match', sqliteMatch(terms))
          .select(['documents_fts.rowid as id', rank.as('rank')])
          .orderBy('documents_fts.rowid', 'desc')
          .limit(caps.rank)
      : db
          .selectFrom('documents')
          .where('documents.search', '@@', pgQuery(terms))
          .select(['documents.id as id', rank.as('rank')])
          .orderBy('documents.id', 'desc')
          .limit(caps.rank);
  const pageIds = db
    .selectFrom(recent.as('r'))
    .select(['r.id', 'r.rank'])
    .orderBy('r.rank', 'desc')
    .orderBy('r.id')
    .limit(limit)
    .offset(offset);
  const [count, rows] = await Promise.all([
    db
      .selectFrom(
        db
          .selectFrom(matchingDocumentIds(db, backend, terms).as('all'))
          .select('all.id')
          .limit(caps.count + 1)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    db
      .selectFrom(pageIds.as('p'))
      .innerJoin('documents', 'documents.id', 'p.id')
      .select(COLUMNS)
      .select('p.rank')
      .orderBy('p.rank', 'desc')
      .orderBy('documents.id')
      .execute(),
  ]);
  const n = num(count?.n);
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
    total: Math.min(n, caps.count),
    totalCapped: n > caps.count,
    limit,
    offset,
  };
}
