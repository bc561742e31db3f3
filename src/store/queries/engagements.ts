// engagements(filter, page): the query behind the CLI's `engagements` and the API's list
// endpoint. Every filter value is a bound parameter or is first reduced to literal words (full
// text, occasion): wildcards, quotes and SQL in user input match literally or not at all. Each
// filter becomes an `id IN (indexed subquery)`, so the planner can start from the most selective
// index.
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { boundDay } from '../dates.ts';
import { matchingDocumentIds, ftsTerms } from '../fts.ts';
import { occasionKey } from '../mergeEngagements.ts';
import type { Backend, Database } from '../schema.ts';
import type { EngagementFilter, EngagementItem, Page, Paged } from '../types.ts';
import { hydrate } from './hydrate.ts';
import { clampPage, clean, num, partyCode } from './page.ts';
import { personIds } from './people.ts';

export type Condition = (eb: ExpressionBuilder<Database, 'engagements'>) => Expression<SqlBool>;

const byParty =
  (party: string): Condition =>
  (eb) =>
    eb(
      'engagements.id',
      'in',
      eb.selectFrom('engagement_parties').select('engagement_id').where('party', '=', partyCode(party)),
    );

/** The filter as SQL conditions, or null when it can match nothing (an unknown person, a
 * malformed date bound, a search without any word). */
export async function filterConditions(
  db: Kysely<Database>,
  backend: Backend,
  f: EngagementFilter,
): Promise<Condition[] | null> {
  const out: Condition[] = [];
  if (f.party !== undefined) out.push(byParty(f.party));
  if (f.pair !== undefined) out.push(byParty(f.pair[0]), byParty(f.pair[1]));
  if (f.person !== undefined) {
    const ids = await personIds(db, f.person);
    if (!ids.length) return null;
    out.push((eb) =>
      eb(
        'engagements.id',
        'in',
        eb.selectFrom('engagement_participants').select('engagement_id').where('person_id', 'in', ids),
      ),
    );
  }
  if (f.type !== undefined) out.push((eb) => eb('engagements.type', '=', clean(f.type!)));
  if (f.status !== undefined) out.push((eb) => eb('engagements.status', '=', clean(f.status!)));
  if (f.topic !== undefined)
    out.push((eb) =>
      eb(
        'engagements.id',
        'in',
        eb.selectFrom('engagement_topics').select('engagement_id').where('topic', '=', clean(f.topic!)),
      ),
    );
  if (f.occasion !== undefined && f.occasion.trim()) {
    // Literal substring of the folded occasion: instr/strpos, not LIKE, so '%' and '_' are text.
    const needle = occasionKey(f.occasion);
    if (!needle) return null;
    const fn = backend === 'sqlite' ? 'instr' : 'strpos';
    out.push((eb) => eb(eb.fn<number>(fn, ['engagements.occasion_key', eb.val(needle)]), '>', 0));
  }
  for (const edge of ['from', 'to'] as const) {
    const value = f[edge];
    if (value === undefined || !value.trim()) continue;
    const day = boundDay(value, edge);
    if (!day) return null;
    out.push((eb) => eb('engagements.ref_date', edge === 'from' ? '>=' : '<=', day));
  }
  if (f.q !== undefined && f.q.trim()) {
    const terms = ftsTerms(f.q);
    if (!terms.length) return null;
    out.push((eb) =>
      eb(
        'engagements.id',
        'in',
        eb
          .selectFrom('engagement_sources')
          .select('engagement_id')
          .where('document_id', 'in', matchingDocumentIds(db, backend, terms)),
      ),
    );
  }
  return out;
}

/** Ids of the engagements matching the conditions, in date order (exported for plan tests).
 * With a `party`, the query starts from that party's (party, ref_date) index and reads it
 * newest first: a page of a party with tens of thousands of engagements stops after a page,
 * where starting from its id list would fetch and sort every engagement of it. */
export function listQuery(
  db: Kysely<Database>,
  conds: Condition[],
  order: 'newest' | 'oldest',
  party: string | null = null,
) {
  if (party !== null && order === 'newest')
    return db
      .selectFrom('engagement_parties as ep')
      .innerJoin('engagements', 'engagements.id', 'ep.engagement_id')
      .select('engagements.id')
      .where('ep.party', '=', party)
      .where((eb) => eb.and(conds.map((c) => c(eb))))
      .orderBy('ep.ref_date', (ob) => ob.desc().nullsLast())
      .orderBy('ep.engagement_id', 'desc');
  const all = party === null ? conds : [...conds, byParty(party)];
  return db
    .selectFrom('engagements')
    .select('engagements.id')
    .where((eb) => eb.and(all.map((c) => c(eb))))
    .orderBy('engagements.ref_date', (ob) => (order === 'newest' ? ob.desc() : ob.asc()).nullsLast())
    .orderBy('engagements.id', order === 'newest' ? 'desc' : 'asc');
}

/** The party a listing can start from (its own, or a pair's first), and the rest of the filter. */
function splitDriver(f: EngagementFilter): { party: string | null; rest: EngagementFilter } {
  if (f.party !== undefined) return { party: partyCode(f.party), rest: { ...f, party: undefined } };
  if (f.pair !== undefined) {
    const { pair, ...rest } = f;
    return { party: partyCode(pair[0]), rest: { ...rest, party: pair[1] } };
  }
  return { party: null, rest: f };
}

export async function engagements(
  db: Kysely<Database>,
  backend: Backend,
  filter: EngagementFilter,
  page?: Page,
  order: 'newest' | 'oldest' = 'newest',
): Promise<Paged<EngagementItem>> {
  const { limit, offset } = clampPage(page);
  const { party, rest } = splitDriver(filter);
  const conds = await filterConditions(db, backend, rest);
  if (!conds) return { items: [], total: 0, limit, offset };
  const counted =
    party === null
      ? db.selectFrom('engagements').where((eb) => eb.and(conds.map((c) => c(eb))))
      : db
          .selectFrom('engagement_parties as ep')
          .innerJoin('engagements', 'engagements.id', 'ep.engagement_id')
          .where('ep.party', '=', party)
          .where((eb) => eb.and(conds.map((c) => c(eb))));
  const [count, rows] = await Promise.all([
    counted.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    listQuery(db, conds, order, party).limit(limit).offset(offset).execute(),
  ]);
  return {
    items: await hydrate(
      db,
      rows.map((r) => r.id),
    ),
    total: num(count?.n),
    limit,
    offset,
  };
}
