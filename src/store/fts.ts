// Full-text search, shared by `search` and the engagements `q` filter. Both backends index the
// same string (folded, letter/digit tokens separated by spaces) and receive the same terms, so
// results agree: "Viet Nam" finds "Việt Nam", "Da Nang" finds "Đà Nẵng" on either. A query is
// reduced to its letter/digit words before it reaches SQL, and then passed as a bound
// parameter: FTS5 operators and quotes, LIKE wildcards and SQL fragments in user input are inert.
import { sql, type Kysely } from 'kysely';
import { fold } from '../text/fold.ts';
import { insertRows } from './compiledOnce.ts';
import type { Backend, Database } from './schema.ts';

/** Indexed text is capped (PostgreSQL rejects tsvectors over 1 MB); same cap on both sides. */
const MAX_BODY = 1_000_000;
const MAX_TERMS = 16;
const SNIPPET_SCAN = 200_000;

export function ftsTerms(q: string): string[] {
  const terms = fold(q).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

export function ftsBody(title: string | null, text: string): string {
  return (fold(`${title ?? ''}\n${text}`).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').slice(0, MAX_BODY);
}

/** ftsBody from the words (../fingerprint.ts `words`) of the title and of the text. */
export function ftsBodyOfWords(titleWords: readonly string[], textWords: readonly string[]): string {
  return [...titleWords, ...textWords].join(' ').slice(0, MAX_BODY);
}

/** Adds a document to the index, `body` being ftsBody(title, text) (a document's text never
 * changes, so this runs once per row). */
export async function indexDocument(db: Kysely<Database>, backend: Backend, id: number, body: string): Promise<void> {
  if (backend === 'sqlite')
    await insertRows(db, 'documents_fts', ['rowid', 'body'], [{ rowid: id, body }], (r) =>
      db.insertInto('documents_fts').values(r),
    );
  else
    await db
      .updateTable('documents')
      .set({ search: sql`to_tsvector('simple', ${body})` })
      .where('id', '=', id)
      .execute();
}

/** Drops a superseded version from the index: search shows the current text of a URL only. */
export async function unindexDocument(db: Kysely<Database>, backend: Backend, id: number): Promise<void> {
  if (backend === 'sqlite') await db.deleteFrom('documents_fts').where('rowid', '=', id).execute();
  else await db.updateTable('documents').set({ search: null }).where('id', '=', id).execute();
}

/** The FTS5 query for the terms, passed as a bound parameter. Each term is quoted as an FTS5
 * string; terms hold only letters and digits, so no quote or operator can occur inside one.
 * Space-separated strings mean AND. */
export function sqliteMatch(terms: readonly string[]): string {
  return terms.map((t) => `"${t}"`).join(' ');
}

/** Subquery of the ids of documents containing every term (terms must be non-empty). */
export function matchingDocumentIds(db: Kysely<Database>, backend: Backend, terms: readonly string[]) {
  if (backend === 'sqlite')
    return db
      .selectFrom('documents_fts')
      .select('documents_fts.rowid as id')
      .where(sql`documents_fts`, 'match', sqliteMatch(terms));
  return pgMatchingIds(db, terms);
}

/** PostgreSQL's subquery of the ids of documents containing every term. */
export function pgMatchingIds(db: Kysely<Database>, terms: readonly string[]) {
  return db.selectFrom('documents').select('documents.id as id').where('documents.search', '@@', pgQuery(terms));
}

/** PostgreSQL's query for the terms (every term must occur), the terms as one bound parameter. */
export function pgQuery(terms: readonly string[]) {
  return sql<string>`plainto_tsquery('simple', ${terms.join(' ')})`;
}

/** Relevance, higher is better: -bm25 on SQLite, ts_rank_cd on PostgreSQL. */
export function rankExpression(backend: Backend, terms: readonly string[]) {
  return backend === 'sqlite'
    ? sql<number>`-bm25(documents_fts)`
    : sql<number>`ts_rank_cd(documents.search, ${pgQuery(terms)})`;
}

/** A window of the original text around the first hit, hits wrapped in «». Built in JS so the
 * snippet is identical on both backends and shows the text as printed, with its diacritics. */
export function snippet(text: string, terms: readonly string[], width = 200): string {
  const wanted = new Set(terms);
  const isHit = (word: string) => wanted.has(fold(word));
  // Only the first hit positions the window; the scan stops there (and gives up after
  // SNIPPET_SCAN characters: a hit only in the title, or deep in a huge text, shows the start).
  let first = 0;
  const words = /[\p{L}\p{N}]+/gu;
  for (let m = words.exec(text); m && m.index < SNIPPET_SCAN; m = words.exec(text))
    if (isHit(m[0])) {
      first = m.index;
      break;
    }
  let from = Math.max(0, first - Math.floor(width / 3));
  const space = text.lastIndexOf(' ', from);
  if (from > 0 && space >= 0 && first - space < width / 2) from = space + 1;
  const to = Math.min(text.length, from + width);
  const window = text.slice(from, to).replace(/[\p{L}\p{N}]+/gu, (w) => (isHit(w) ? `«${w}»` : w));
  return `${from > 0 ? '…' : ''}${window.replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
