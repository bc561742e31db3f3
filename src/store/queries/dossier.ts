// dossier(party): a country's or organisation's record at a glance. Engagements and topics per
// year and counterparts come from maintained counters; every other part is one grouped query starting from the
// party index of its table. Only small final orderings happen in JS (the backends sort NULLs
// and text differently).
import type { Kysely } from 'kysely';
import { today as currentDay } from '../dates.ts';
import type { Database } from '../schema.ts';
import type { Dossier } from '../types.ts';
import { num, partyCode } from './page.ts';
import { personSummaries } from './people.ts';

/** Officeholders listed at most, the most recently seen first. */
export const OFFICEHOLDERS = 100;

export async function dossier(
  db: Kysely<Database>,
  partyInput: string,
  options: { today?: string } = {},
): Promise<Dossier> {
  const party = partyCode(partyInput);
  const [counterparts, counts, made, received, anniversaries, partnerships, holders, members] = await Promise.all([
    // Maintained counters (../partyCounts.ts), like the per-year counts below.
    db
      .selectFrom('pair_counts')
      .select(['other as party', 'n'])
      .where('party', '=', party)
      .where('n', '>', 0)
      .orderBy('n', 'desc')
      .orderBy('other')
      .limit(200)
      .execute(),
    // Maintained counters (../partyCounts.ts): a few rows per year instead of a grouped join.
    db
      .selectFrom('party_counts')
      .select(['year', 'topic', 'n'])
      .where('party', '=', party)
      .where('n', '>', 0)
      .execute(),
    db
      .selectFrom('engagement_requests')
      .where('by_party', '=', party)
      .select((eb) => ['kind', 'of_party', eb.fn.countAll().as('n')])
      .groupBy(['kind', 'of_party'])
      .orderBy('n', 'desc')
      .orderBy('kind')
      .orderBy('of_party')
      .execute(),
    db
      .selectFrom('engagement_requests')
      .where('of_party', '=', party)
      .select((eb) => ['kind', 'by_party', eb.fn.countAll().as('n')])
      .groupBy(['kind', 'by_party'])
      .orderBy('n', 'desc')
      .orderBy('kind')
      .orderBy('by_party')
      .execute(),
    db
      .selectFrom('anniversary_parties')
      .innerJoin('anniversaries', 'anniversaries.id', 'anniversary_parties.anniversary_id')
      .where('anniversary_parties.party', '=', party)
      .select(['anniversaries.parties_key', 'anniversaries.ordinal', 'anniversaries.year', 'anniversaries.subject'])
      .distinct()
      .execute(),
    db
      .selectFrom('partnership_parties')
      .innerJoin('partnerships', 'partnerships.id', 'partnership_parties.partnership_id')
      .where('partnership_parties.party', '=', party)
      // One point per (pair, level, date), however many articles state it that day.
      .select((eb) => [
        'partnerships.parties_key',
        'partnerships.level',
        'partnerships.document_date',
        eb.fn.min<number>('partnerships.document_id').as('document_id'),
      ])
      .groupBy(['partnerships.parties_key', 'partnerships.level', 'partnerships.document_date'])
      .execute(),
    // The most recently seen officeholders: a big party has thousands of people in the registry.
    db
      .selectFrom('person_offices')
      .select((eb) => ['person_id as id', eb.fn.coalesce(eb.fn.max('last_seen'), eb.val('')).as('last')])
      .where('affiliation', '=', party)
      .groupBy('person_id')
      .orderBy('last', 'desc')
      .orderBy('person_id')
      .limit(OFFICEHOLDERS)
      .execute(),
    // People of the party with no office on record fill the list up.
    db.selectFrom('people').select('id').where('affiliation', '=', party).orderBy('id').limit(OFFICEHOLDERS).execute(),
  ]);

  // Sorted here: the backends disagree on where NULL (undated) sorts, and on text collation.
  const perYear = counts
    .filter((r) => r.topic === '')
    .map((r) => ({ year: r.year || null, engagements: num(r.n) }))
    .sort(byYear);
  const thisYear = Number((options.today ?? currentDay()).slice(0, 4));
  const annivs = anniversaries
    .map((a) => ({
      parties: a.parties_key.split(','),
      ordinal: a.ordinal,
      year: a.year,
      subject: a.subject,
      upcoming: a.year !== null && a.year >= thisYear,
    }))
    .sort((a, b) =>
      a.upcoming !== b.upcoming
        ? a.upcoming
          ? -1
          : 1
        : a.upcoming
          ? a.year! - b.year!
          : (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.ordinal - b.ordinal,
    );
  const levels = partnerships
    .map((p) => ({
      parties: p.parties_key.split(','),
      level: p.level,
      date: p.document_date,
      documentId: p.document_id,
    }))
    .sort((a, b) => cmp(a.date, b.date) || a.documentId - b.documentId);
  const officeholders = (
    await personSummaries(db, [...new Set([...holders, ...members].map((h) => h.id))].slice(0, OFFICEHOLDERS))
  ).sort((a, b) => cmp(latest(b), latest(a)) || cmp(a.name, b.name));
  return {
    party,
    engagements: perYear.reduce((sum, y) => sum + y.engagements, 0),
    counterparts: counterparts
      .map((c) => ({ party: c.party, engagements: num(c.n) }))
      .sort((a, b) => b.engagements - a.engagements || cmp(a.party, b.party)),
    perYear,
    topicsPerYear: counts
      .filter((r) => r.topic !== '')
      .map((r) => ({ year: r.year || null, topic: r.topic, engagements: num(r.n) }))
      .sort((a, b) => byYear(a, b) || b.engagements - a.engagements || cmp(a.topic, b.topic)),
    requestsMade: made
      .map((r) => ({ kind: r.kind, of: r.of_party, count: num(r.n) }))
      .sort((a, b) => b.count - a.count || cmp(a.kind, b.kind) || cmp(a.of, b.of)),
    requestsReceived: received
      .map((r) => ({ kind: r.kind, by: r.by_party, count: num(r.n) }))
      .sort((a, b) => b.count - a.count || cmp(a.kind, b.kind) || cmp(a.by, b.by)),
    anniversaries: annivs,
    partnerships: levels,
    officeholders,
  };
}

/** Code-unit order, as SQLite sorts text: PostgreSQL's collation may differ. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byYear(a: { year: string | null }, b: { year: string | null }): number {
  return a.year === b.year ? 0 : a.year === null ? 1 : b.year === null ? -1 : a.year < b.year ? -1 : 1;
}

function latest(p: { offices: { to: string | null }[] }): string {
  return p.offices.reduce((m, o) => (o.to && o.to > m ? o.to : m), '');
}
