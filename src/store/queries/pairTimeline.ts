// pairTimeline(a, b, page): one page of the engagements two parties both took part in, in date
// order. Its cost does not grow with the pair: the total is one row of pair_counts (kept exact by
// every engagement write, ../partyCounts.ts), the page is read off the (party, ref_date,
// engagement_id) index of the party with fewer engagements, each entry checked for the other
// party by an index probe, stopping after a page; only that page is hydrated. The entries read
// are about (offset + limit) × that party's engagements ÷ the pair's: one page when most of the
// party's engagements are with the other, more for a pair that is a small share of both.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { EngagementItem, PairPage, Paged, TimelineOrder } from '../types.ts';
import { hydrate } from './hydrate.ts';
import { clampPage, num, partyCode } from './page.ts';

/** The pair's engagement count and each party's, from the maintained counters (one statement). */
export function pairSizesQuery(db: Kysely<Database>, a: string, b: string) {
  const partySize = (party: string) =>
    db
      .selectFrom('party_counts')
      .select((eb) => eb.fn.sum<number | string>('n').as('n'))
      .where('party', '=', party)
      // topic '' rows count engagements (the others, engagements with a topic), one per year.
      .where('topic', '=', '');
  return db.selectNoFrom((eb) => [
    eb.selectFrom('pair_counts').select('n').where('party', '=', a).where('other', '=', b).as('pair'),
    partySize(a).as('a'),
    partySize(b).as('b'),
  ]);
}

/** The pair's entries in `driver`'s (party, ref_date, engagement_id) index, dated or undated,
 * each checked for the other party by an index probe. The probe is a scalar subquery, not
 * EXISTS: PostgreSQL turns an EXISTS into a join and, for a pair it guesses to be rare, reads
 * both parties' rows in full and sorts them; a scalar subquery stays a probe per entry, so the
 * scan stops after a page on both backends. */
function pairRows(db: Kysely<Database>, driver: string, other: string, undated: boolean) {
  return db
    .selectFrom('engagement_parties as ep')
    .where('ep.party', '=', driver)
    .where('ep.ref_date', undated ? 'is' : 'is not', null)
    .where(
      (eb) =>
        eb
          .selectFrom('engagement_parties as o')
          .select('o.party')
          .whereRef('o.engagement_id', '=', 'ep.engagement_id')
          .where('o.party', '=', other),
      'is not',
      null,
    );
}

/** Ids of the pair's dated or undated engagements in date order, read in index order so that a
 * LIMIT stops the scan (exported for plan tests). Undated engagements come last in either
 * order: SQLite's ascending index holds NULLs first and PostgreSQL's is (ref_date desc nulls
 * last), so no single scan gives that order in both directions; the two ranges are read apart. */
export function pairPageQuery(
  db: Kysely<Database>,
  driver: string,
  other: string,
  order: TimelineOrder,
  undated: boolean,
) {
  const q = pairRows(db, driver, other, undated).select('ep.engagement_id as id');
  // With NULLs excluded, "nulls first" changes no result; it is spelled out because it is the
  // order a backward scan of PostgreSQL's (desc nulls last) index yields.
  const dated = undated
    ? q
    : q.orderBy('ep.ref_date', (ob) => (order === 'asc' ? ob.asc().nullsFirst() : ob.desc().nullsLast()));
  return dated.orderBy('ep.engagement_id', order);
}

async function pageIds(
  db: Kysely<Database>,
  driver: string,
  other: string,
  order: TimelineOrder,
  page: { limit: number; offset: number; total: number },
): Promise<number[]> {
  const { limit, offset, total } = page;
  const dated = await pairPageQuery(db, driver, other, order, false).limit(limit).offset(offset).execute();
  // A full page, or the pair's last rows (most pairs fit one page and have no undated ones).
  if (dated.length === limit || offset + dated.length >= total) return dated.map((r) => r.id);
  // The page reaches the undated engagements. Where it starts past the dated ones, how far past
  // follows from the total and the undated count (a range of the same index, usually short).
  let skip = 0;
  if (dated.length === 0 && offset > 0) {
    const undated = await pairRows(db, driver, other, true)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    skip = Math.max(0, offset - (total - num(undated?.n)));
  }
  const rest = await pairPageQuery(db, driver, other, order, true)
    .limit(limit - dated.length)
    .offset(skip)
    .execute();
  return [...dated, ...rest].map((r) => r.id);
}

export async function pairTimeline(
  db: Kysely<Database>,
  a: string,
  b: string,
  page?: PairPage,
): Promise<Paged<EngagementItem>> {
  const { limit, offset } = clampPage(page);
  const order: TimelineOrder = page?.order === 'desc' ? 'desc' : 'asc';
  const [pa, pb] = [partyCode(a), partyCode(b)];
  // A party is no pair with itself (pair_counts has no such row): nothing, consistently.
  if (pa === pb) return { items: [], total: 0, limit, offset };
  const sizes = await pairSizesQuery(db, pa, pb).executeTakeFirst();
  const total = num(sizes?.pair);
  if (offset >= total) return { items: [], total, limit, offset };
  const [driver, other] = num(sizes?.a) <= num(sizes?.b) ? [pa, pb] : [pb, pa];
  const ids = await pageIds(db, driver, other, order, { limit, offset, total });
  return { items: await hydrate(db, ids), total, limit, offset };
}
