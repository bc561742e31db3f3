// The people registry, learned from the corpus: every participant is resolved to a person by the
// folded name key of any alias seen before (so "Bui Thanh Son" finds "Bùi Thanh Sơn"), the forms
// a document uses for them are added as aliases, and each office they are shown in extends that
// office's first/last-seen range. One Registry per write transaction; it caches lookups.
//
// When the exact key finds nobody, one more indexed query looks for a variant spelling of a known
// name ("Sergey Lavrov" for "Sergei Lavrov", "Vivian Balakrishan" for "Vivian Balakrishnan"; the
// rules are in ./nameSkeleton.ts). It is taken only when exactly one person on the same side (or
// of unknown side) matches; the new spelling then becomes one of that person's aliases.
import type { Kysely } from 'kysely';
import { insertReturningId, insertRows, runOnce } from './compiledOnce.ts';
import { fuzzyCandidates, pickFuzzy } from './fuzzyNames.ts';
import { nameKey } from './nameKey.ts';
import {
  ALIAS_COLUMNS,
  aliasRow,
  extendedOffice,
  newOffice,
  OFFICE_COLUMNS,
  PERSON_COLUMNS,
  sameOffice,
  titleKey,
  variants,
  type AliasRow,
  type OfficeSighting,
} from './registryRows.ts';
import type { Database } from './schema.ts';

export { titleKey, type OfficeSighting } from './registryRows.ts';
export { fuzzyCandidates, fuzzyQuery, type FuzzyCandidate } from './fuzzyNames.ts';

export interface Registry {
  /** The known person a name denotes on a side, or null; creates nothing. */
  lookup(name: string, affiliation: string | null): Promise<number | null>;
  /** The person a name denotes on a side (affiliation), created if unknown; null for no name. */
  resolve(name: string, affiliation: string | null): Promise<number | null>;
  /** Records name forms (and their diacritics-free twins) as aliases of a person. */
  addAliases(personId: number, forms: readonly string[]): Promise<void>;
  /** Extends (or starts) the range in which a person is seen holding an office. */
  recordOffice(personId: number, office: OfficeSighting): Promise<void>;
}

/** Rows of one name on one side (and of unknown side) read at most: one person has a handful of
 * aliases with a key, and people of unknown side are few. */
const FIND_ROWS = 200;

export function createRegistry(db: Kysely<Database>): Registry {
  const cache = new Map<string, number>();

  // Each person's side as this transaction knows it: an alias row carries it (see migration 008).
  const sides = new Map<number, string | null>();
  async function sideOf(personId: number): Promise<string | null> {
    if (!sides.has(personId)) {
      const row = await db.selectFrom('people').select('affiliation').where('id', '=', personId).executeTakeFirst();
      sides.set(personId, row?.affiliation ?? null);
    }
    return sides.get(personId) ?? null;
  }

  // What this registry already wrote: an article names the same people in several events, and
  // repeating an alias insert or an identical office sighting changes nothing. (A registry lives
  // for one document, so a document rolled back to its savepoint takes these with it.)
  const aliased = new Set<string>();
  const sighted = new Set<string>();

  async function addAliases(personId: number, forms: readonly string[]): Promise<void> {
    const side = await sideOf(personId);
    const rows = new Map<string, AliasRow>();
    for (const form of forms)
      for (const alias of variants(form)) {
        const alias_key = nameKey(alias);
        const done = `${personId}\u0000${alias}`;
        if (alias_key && !rows.has(alias) && !aliased.has(done)) {
          rows.set(alias, aliasRow(personId, side, alias, alias_key));
          aliased.add(done);
        }
      }
    if (!rows.size) return;
    await insertRows(db, 'person_aliases', ALIAS_COLUMNS, [...rows.values()], (r) =>
      db
        .insertInto('person_aliases')
        .values(r)
        .onConflict((oc) => oc.columns(['person_id', 'alias']).doNothing()),
    );
  }

  /** The person a key denotes on a side: the first (lowest id) on that side, else the first of
   * unknown side; with no side given, the first of unknown side, else the first of any. Two
   * people with one name on different sides (a common surname) stay two people. The rows read
   * are those of one side and of unknown side, through the (alias_key, side) index, however
   * many other sides share the name. */
  async function find(key: string, affiliation: string | null) {
    const rows =
      affiliation === null
        ? await runOnce(db, 'alias-lookup', (v) => aliasLookupQuery(db, v(0), null), [key])
        : await runOnce(db, 'alias-lookup-side', (v) => aliasLookupQuery(db, v(0), v(1)), [key, affiliation]);
    let found = rows.find((p) => p.affiliation === affiliation) ?? rows[0];
    if (!found && affiliation === null)
      found = await db
        .selectFrom('person_aliases')
        .select(['person_id as id', 'side as affiliation'])
        .where('alias_key', '=', key)
        .orderBy('person_id')
        .limit(1)
        .executeTakeFirst();
    if (found) sides.set(found.id, found.affiliation);
    return found;
  }

  /** The one person on the side whose known name this is a variant spelling of; undefined when
   * none is, or when several are (then it is not safe to pick). */
  async function findFuzzy(name: string, affiliation: string | null) {
    return pickFuzzy(await fuzzyCandidates(db, name, affiliation));
  }

  async function lookup(name: string, affiliation: string | null): Promise<number | null> {
    const key = nameKey(name);
    if (!key) return null;
    return ((await find(key, affiliation)) ?? (await findFuzzy(name, affiliation)))?.id ?? null;
  }

  async function resolve(name: string, affiliation: string | null): Promise<number | null> {
    const key = nameKey(name);
    if (!key) return null;
    const cacheKey = `${key}\u0000${affiliation ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const exact = await find(key, affiliation);
    const pick = exact ?? (await findFuzzy(name, affiliation));
    let id: number;
    if (pick) {
      id = pick.id;
      if (!pick.affiliation && affiliation) {
        await db.updateTable('people').set({ affiliation }).where('id', '=', id).execute();
        await db.updateTable('person_aliases').set({ side: affiliation }).where('person_id', '=', id).execute();
      }
      sides.set(id, pick.affiliation ?? affiliation);
      // The new spelling is recorded, so the next article that uses it finds them exactly.
      if (!exact) await addAliases(id, [name]);
    } else {
      id = await insertReturningId(db, 'people', PERSON_COLUMNS, { name, name_key: key, affiliation }, (r) => {
        const q = db.insertInto('people').values(r);
        return { plain: q, returning: q.returning('id') };
      });
      sides.set(id, affiliation);
      await addAliases(id, [name]);
    }
    cache.set(cacheKey, id);
    return id;
  }

  async function recordOffice(personId: number, o: OfficeSighting): Promise<void> {
    const key = titleKey(o.title);
    if (!key) return;
    const sighting = JSON.stringify([personId, key, o.title, o.kind, o.affiliation, o.from, o.to]);
    if (sighted.has(sighting)) return;
    sighted.add(sighting);
    const existing = await runOnce(
      db,
      'person-offices',
      (v) =>
        db
          .selectFrom('person_offices')
          .selectAll()
          .where('person_id', '=', v<number>(0))
          .where('title_key', '=', v<string>(1)),
      [personId, key],
    );
    const same = sameOffice(existing, o);
    if (!same) {
      await insertRows(db, 'person_offices', OFFICE_COLUMNS, [newOffice(personId, key, o)], (r) =>
        db.insertInto('person_offices').values(r),
      );
      return;
    }
    const extended = extendedOffice(same, o);
    if (!extended) return;
    await runOnce(
      db,
      'person-office-update',
      (v) =>
        db
          .updateTable('person_offices')
          .set({ first_seen: v(0), last_seen: v(1), kind: v(2), affiliation: v(3) })
          .where('id', '=', v<number>(4)),
      [extended.first_seen, extended.last_seen, extended.kind, extended.affiliation, same.id],
    );
  }

  return { lookup, resolve, addAliases, recordOffice };
}

/** The aliases with a key of people on `side` and of unknown side (only the latter when side
 * is null), lowest person id first: the (alias_key, side, person_id) index, one range per side. */
export function aliasLookupQuery(db: Kysely<Database>, key: string, side: string | null) {
  return db
    .selectFrom('person_aliases')
    .select(['person_id as id', 'side as affiliation'])
    .where('alias_key', '=', key)
    .where((eb) => eb.or([eb('side', 'is', null), ...(side === null ? [] : [eb('side', '=', side)])]))
    .orderBy('person_id')
    .limit(FIND_ROWS);
}
