// PostgreSQL's full-text matches for search(): a window of the newest documents for common
// words, the GIN index for the rest.
import { sql, type Kysely } from 'kysely';
import { pgMatchingIds, rankExpression } from '../fts.ts';
import type { Database } from '../schema.ts';
import { COLUMNS, countMatches, type Caps, type Matches, type RankedRow } from './searchCommon.ts';
import { num } from './page.ts';

/**
 * PostgreSQL reads a row's whole tsvector to test it, and its planner does not know how much
 * that costs: asked for the newest matches of a word, it walks the id index backwards testing
 * row after row. That is the fastest way only for a common word, whose caps.rank newest matches
 * lie among the newest caps.window documents: those are ranked at once, newest first, and the
 * scan stops (counting them first and then ranking read them twice). Any other word (the
 * planner's estimate says which; a first window that falls short says so too) takes its
 * matches from the GIN index, the newest caps.rank kept, and only those are ranked. With the
 * id-index walk, a word in 4 % of 100,000 documents read 13,000 rows (90-250 ms); from the
 * GIN index, 14-22 ms. The ranked ids and ranks (a few KB) are then paged here.
 */
export async function pgMatches(db: Kysely<Database>, terms: readonly string[], caps: Caps): Promise<Matches> {
  const top = num(
    (
      await db
        .selectFrom('documents')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirst()
    )?.m,
  );
  const lo = Math.max(0, top - caps.window);
  let ranked: { id: number; rank: number }[] = [];
  let windowed = false;
  if (lo > 0 && (await estimatedMatches(db, terms)) * caps.window >= caps.rank * top) {
    ranked = ranks(await pgWindowQuery(db, terms, lo, caps.rank).execute());
    windowed = ranked.length >= caps.rank;
  }
  if (!windowed) ranked = ranks(await pgIndexQuery(db, terms, caps.rank).execute());
  ranked.sort((a, b) => b.rank - a.rank || a.id - b.id);
  // Every document looked at and more matches than were ranked: count them, up to the cap.
  const count = windowed
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

/** The planner's estimate of how many documents match (from the tsvector statistics). */
async function estimatedMatches(db: Kysely<Database>, terms: readonly string[]): Promise<number> {
  const r = await sql<{
    'QUERY PLAN': { Plan?: { 'Plan Rows'?: number } }[];
  }>`explain (format json) ${pgMatchingIds(db, terms)}`.execute(db);
  return r.rows[0]?.['QUERY PLAN'][0]?.Plan?.['Plan Rows'] ?? 0;
}

/** The newest matches among ids above lo, ranked, up to limit: the id index walked backwards. */
export function pgWindowQuery(db: Kysely<Database>, terms: readonly string[], lo: number, limit: number) {
  return pgMatchingIds(db, terms)
    .where('documents.id', '>', lo)
    .select(rankExpression('postgres', terms).as('rank'))
    .orderBy('documents.id', 'desc')
    .limit(limit);
}

/** The newest matches taken from the GIN index, then ranked. Ordering by `id + 0` hides the id
 * index, which the planner would otherwise walk backwards, reading every row's tsvector. */
export function pgIndexQuery(db: Kysely<Database>, terms: readonly string[], limit: number) {
  const newest = pgMatchingIds(db, terms)
    .orderBy(sql`documents.id + 0`, 'desc')
    .limit(limit);
  return db
    .selectFrom(newest.as('n'))
    .innerJoin('documents', 'documents.id', 'n.id')
    .select(['documents.id as id', rankExpression('postgres', terms).as('rank')]);
}

const ranks = (rows: { id: number; rank: number }[]) => rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
