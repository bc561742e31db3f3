// The people registry, learned from the corpus: every participant is resolved to a person by the
// folded name key of any alias seen before (so "Bui Thanh Son" finds "Bùi Thanh Sơn"), the forms
// a document uses for them are added as aliases, and each office they are shown in extends that
// office's first/last-seen range. One Registry per write transaction; it caches lookups.
//
// When the exact key finds nobody, one more indexed query looks for a variant spelling of a known
// name ("Sergey Lavrov" for "Sergei Lavrov", "Vivian Balakrishan" for "Vivian Balakrishnan"; the
// rules are in ./nameSkeleton.ts). It is taken only when exactly one person on the same side (or
// of unknown side) matches; the new spelling then becomes one of that person's aliases.
import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import { fold } from '../text/fold.ts';
import { compiledOnce, insertReturningId, insertRows, runOnce } from './compiledOnce.ts';
import { nameKey, withoutDiacritics } from './nameKey.ts';
import { nameFiling, skeletonTokens, typoBlocks, typoMatch } from './nameSkeleton.ts';
import type { Database } from './schema.ts';

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

export interface OfficeSighting {
  title: string;
  kind: string | null;
  affiliation: string | null;
  from: string | null;
  to: string | null;
}

export function titleKey(title: string): string {
  return (fold(title).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

const min = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const max = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** A form as seen, without diacritics, and without initials ("Antony J. Blinken" → "Antony
 * Blinken"), so that the usual ways of writing a name all have an exact key. */
function variants(form: string): string[] {
  const seen = form.replace(/\s+/g, ' ').trim();
  const noInitials = seen
    .replace(/(^|\s)\p{L}\.(?=\s|$)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const out = [seen, withoutDiacritics(seen)];
  if (noInitials !== seen && noInitials.split(' ').length >= 2) out.push(noInitials, withoutDiacritics(noInitials));
  return out;
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
    const onSide = await fuzzyCandidates(db, name, affiliation);
    // A spelling variant outranks a typo: when two people share the spelling, that is ambiguous,
    // and a typo is not looked for.
    const skeleton = onSide.filter((p) => p.how === 'skeleton');
    const matches = skeleton.length ? skeleton : onSide.filter((p) => p.how === 'typo');
    return new Set(matches.map((p) => p.id)).size === 1 ? matches[0] : undefined;
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
    const same = existing.find((r) => r.affiliation === o.affiliation || !r.affiliation || !o.affiliation);
    if (!same) {
      const office = {
        person_id: personId,
        title: o.title,
        title_key: key,
        kind: o.kind,
        affiliation: o.affiliation,
        first_seen: o.from,
        last_seen: o.to,
      };
      await insertRows(db, 'person_offices', OFFICE_COLUMNS, [office], (r) =>
        db.insertInto('person_offices').values(r),
      );
      return;
    }
    const first = min(same.first_seen, o.from);
    const last = max(same.last_seen, o.to);
    if (
      first === same.first_seen &&
      last === same.last_seen &&
      (same.kind || !o.kind) &&
      (same.affiliation || !o.affiliation)
    )
      return;
    await runOnce(
      db,
      'person-office-update',
      (v) =>
        db
          .updateTable('person_offices')
          .set({ first_seen: v(0), last_seen: v(1), kind: v(2), affiliation: v(3) })
          .where('id', '=', v<number>(4)),
      [first, last, same.kind ?? o.kind, same.affiliation ?? o.affiliation, same.id],
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

export interface FuzzyCandidate {
  id: number;
  affiliation: string | null;
  /** 'skeleton': the same name in another spelling; 'typo': one slip in one long token. */
  how: 'skeleton' | 'typo';
}

/** At most this many rows are read; a name that matches more is too common to guess at. */
const MAX_FUZZY_ROWS = 50;

/**
 * People whose known names are variant spellings of `name`, on `side` or of unknown side (any
 * side when side is null): one query through the indexes on the alias skeleton and the typo
 * blocks, reading at most MAX_FUZZY_ROWS rows (none when the name has fewer than two tokens).
 * Returns [] when that many rows match.
 */
export async function fuzzyCandidates(
  db: Kysely<Database>,
  name: string,
  side: string | null = null,
): Promise<FuzzyCandidate[]> {
  const tokens = skeletonTokens(name);
  if (!tokens.length) return [];
  const skeleton = tokens.join(' ');
  const { rows } = await db.executeQuery(compiledFuzzyQuery(db, skeleton, typoBlocks(tokens), side));
  if (rows.length >= MAX_FUZZY_ROWS) return [];
  const out = new Map<number, FuzzyCandidate>();
  for (const r of rows) {
    const how =
      r.alias_skeleton === skeleton ? 'skeleton' : typoMatch(tokens, r.alias_skeleton.split(' ')) ? 'typo' : null;
    if (how && out.get(r.id)?.how !== 'skeleton') out.set(r.id, { id: r.id, affiliation: r.affiliation, how });
  }
  return [...out.values()].sort((a, b) => a.id - b.id);
}

type AliasRow = Required<Omit<Insertable<Database['person_aliases']>, 'id'>>;
const ALIAS_COLUMNS = [
  'person_id',
  'side',
  'alias',
  'alias_key',
  'alias_skeleton',
  'typo_block_a',
  'typo_block_b',
] as const;
const PERSON_COLUMNS = ['name', 'name_key', 'affiliation'] as const;
const OFFICE_COLUMNS = ['person_id', 'title', 'title_key', 'kind', 'affiliation', 'first_seen', 'last_seen'] as const;

function aliasRow(person_id: number, side: string | null, alias: string, alias_key: string): AliasRow {
  const { skeleton, blockA, blockB } = nameFiling(alias);
  return { person_id, side, alias, alias_key, alias_skeleton: skeleton, typo_block_a: blockA, typo_block_b: blockB };
}

type FuzzyRow = { id: number; affiliation: string | null; alias_skeleton: string };

/** The fuzzy query compiled once per shape (number of blocks, side or not): building it with
 * kysely costs more than running it, and it runs for every name the registry has not seen. */
function compiledFuzzyQuery(db: Kysely<Database>, skeleton: string, blocks: readonly string[], side: string | null) {
  const n = blocks.length;
  return compiledOnce(
    db,
    `fuzzy:${n}${side === null ? '' : ':side'}`,
    (v) =>
      fuzzyQuery(
        db,
        v<string>(0),
        blocks.map((_, i) => v<string>(1 + i)),
        side === null ? null : v<string>(1 + n),
      ),
    side === null ? [skeleton, ...blocks] : [skeleton, ...blocks, side],
  ) as CompiledQuery<FuzzyRow>;
}

/** The aliases with this skeleton, or filed under one of these typo blocks, of people on `side`
 * or of unknown side (when side is given), by the side each alias carries (migration 008). Each
 * `<> ''` lets the partial index on that column serve its branch of the OR (SQLite: a
 * multi-index OR; PostgreSQL: a bitmap OR; one query plans in half the time of a UNION ALL of
 * three on PostgreSQL). */
export function fuzzyQuery(db: Kysely<Database>, skeleton: string, blocks: readonly string[], side: string | null) {
  return db
    .selectFrom('person_aliases as a')
    .select(['a.person_id as id', 'a.side as affiliation', 'a.alias_skeleton'])
    .where((eb) => {
      const filed = (column: 'a.alias_skeleton' | 'a.typo_block_a' | 'a.typo_block_b') => eb(column, '<>', sql.lit(''));
      const names = eb.or([
        eb.and([filed('a.alias_skeleton'), eb('a.alias_skeleton', '=', skeleton)]),
        ...(blocks.length
          ? [
              eb.and([filed('a.typo_block_a'), eb('a.typo_block_a', 'in', blocks)]),
              eb.and([filed('a.typo_block_b'), eb('a.typo_block_b', 'in', blocks)]),
            ]
          : []),
      ]);
      if (side === null) return names;
      return eb.and([eb.or([eb('a.side', '=', side), eb('a.side', 'is', null)]), names]);
    })
    .limit(MAX_FUZZY_ROWS);
}
