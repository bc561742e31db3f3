// search(q, page): full-text search over the current documents, best first, with a snippet.
import { sql, type Kysely } from 'kysely';
import { ftsTerms, matchingDocumentIds, rankExpression, snippet, sqliteMatch } from '../fts.ts';
import type { Backend, Database } from '../schema.ts';
import type { Page, Paged, SearchHit } from '../types.ts';
import { clampPage, num } from './page.ts';

const COLUMNS = [
  'documents.id',
  'documents.title',
  'documents.url',
  'documents.source',
  'documents.published',
  'documents.text',
] as const;

export async function search(
  db: Kysely<Database>,
  backend: Backend,
  q: string,
  page?: Page,
): Promise<Paged<SearchHit>> {
  const { limit, offset } = clampPage(page);
  const terms = ftsTerms(q);
  if (!terms.length) return { items: [], total: 0, limit, offset };
  const rank = rankExpression(backend, terms);
  // SQLite's bm25() must sit in the SELECT that holds the MATCH; PostgreSQL ranks the rows its
  // GIN index found. Either way the page is cut in SQL and only its texts are loaded.
  const ranked =
    backend === 'sqlite'
      ? db
          .selectFrom('documents_fts')
          .innerJoin('documents', 'documents.id', 'documents_fts.rowid')
          .where(sql`documents_fts`, 'match', sqliteMatch(terms))
          .select(COLUMNS)
          .select(rank.as('rank'))
      : db
          .selectFrom('documents')
          .where('documents.id', 'in', matchingDocumentIds(db, backend, terms))
          .select(COLUMNS)
          .select(rank.as('rank'));
  const [count, rows] = await Promise.all([
    db
      .selectFrom(matchingDocumentIds(db, backend, terms).as('m'))
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    ranked.orderBy('rank', 'desc').orderBy('documents.id').limit(limit).offset(offset).execute(),
  ]);
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
    total: num(count?.n),
    limit,
    offset,
  };
}
