// The people side of a batch's snapshot: for each name key, who is known by it on the sides the
// batch asks about (the lowest id on each such side, or on any known side for a name given
// without one, and every id of unknown side), the stored offices of those people, and, looked up
// as needed, people's sides and the rows of the fuzzy-spelling query.
import { sql, type Kysely } from 'kysely';
import { runOnce } from '../compiledOnce.ts';
import { fuzzyProbe } from '../fuzzyNames.ts';
import { nameKey } from '../nameKey.ts';
import type { Database } from '../schema.ts';
import { queryInChunks } from './chunks.ts';
import { loadFuzzyBulk, type FuzzyProbe } from './snapshotFuzzy.ts';
import type { Snapshot } from './snapshot.ts';

const LIST = 100;
/** People of unknown side read per key at most (as ../registry.ts reads a side's rows). */
const UNKNOWN_ROWS = 200;

export interface NameRequest {
  name: string;
  side: string | null;
}

/**
 * Reads what resolving these names on their sides needs: the alias groups of their keys, the
 * offices of the stored people they may denote, and the fuzzy rows of the names no stored person
 * has on that side (a document earlier in the batch may still introduce them).
 */
export async function loadPeople(db: Kysely<Database>, snap: Snapshot, names: readonly NameRequest[]): Promise<void> {
  const keyed = names.map((n) => ({ ...n, key: nameKey(n.name) })).filter((n) => n.key);
  await loadAliasGroups(db, snap, keyed);
  const people = new Set<number>();
  const probes: FuzzyProbe[] = [];
  for (const n of keyed) {
    const group = snap.aliasGroups.get(n.key)!;
    const onSide = n.side === null ? null : (group.bySide.get(n.side) ?? null);
    const any = n.side === null ? (group.anyKnown ?? null) : null;
    for (const id of [onSide, ...group.unknownSide, any]) if (id !== null) people.add(id);
    if (onSide === null && !group.unknownSide.length && any === null) {
      const probe = fuzzyProbe(n.name);
      if (probe) probes.push({ ...probe, side: n.side });
    }
  }
  await loadOffices(db, snap, people);
  await loadFuzzyBulk(db, snap, probes);
}

export interface AliasRequest {
  key: string;
  /** The side asked for; null: the lowest id of any known side is wanted too. */
  side: string | null;
}

/** Whether the snapshot lacks what a lookup of `key` on `side` reads. */
export function aliasGroupMissing(snap: Snapshot, key: string, side: string | null): boolean {
  const group = snap.aliasGroups.get(key);
  return !group || (side === null ? group.anyKnown === undefined : !group.bySide.has(side));
}

/** Loads, for each key, its people of unknown side, and the lowest id on each side asked for
 * (or on any known side, for a request without one), where not loaded yet. */
export async function loadAliasGroups(
  db: Kysely<Database>,
  snap: Snapshot,
  requests: readonly AliasRequest[],
): Promise<void> {
  const newKeys = new Set<string>();
  const pairs = new Map<string, AliasRequest>();
  const anyKeys = new Set<string>();
  for (const r of requests) {
    if (!r.key || !aliasGroupMissing(snap, r.key, r.side)) continue;
    if (!snap.aliasGroups.has(r.key)) {
      newKeys.add(r.key);
      snap.aliasGroups.set(r.key, { bySide: new Map(), anyKnown: undefined, unknownSide: [] });
    }
    if (r.side === null) anyKeys.add(r.key);
    else pairs.set(`${r.key}\u0000${r.side}`, r);
  }
  await loadUnknownSide(db, snap, [...newKeys]);
  await loadSides(db, snap, [...pairs.values()]);
  await loadAnyKnown(db, snap, [...anyKeys]);
}

/** The (alias_key, side, person_id) index serves it: one range per key and side. */
async function loadSides(db: Kysely<Database>, snap: Snapshot, pairs: readonly AliasRequest[]): Promise<void> {
  if (!pairs.length) return;
  for (const p of pairs) snap.aliasGroups.get(p.key)!.bySide.set(p.side!, null);
  // Flattened key, side, key, side...: chunks of an even size keep each pair whole, and the
  // padding (null, null) matches nothing.
  const rows = await queryInChunks(
    db,
    'batch-alias-pairs',
    pairs.flatMap((p) => [p.key, p.side]),
    2 * LIST,
    (list) =>
      db
        .selectFrom('person_aliases')
        .select(['alias_key', 'side', sql<number>`min(person_id)`.as('id')])
        .where((eb) =>
          eb(
            eb.refTuple('alias_key', 'side'),
            'in',
            Array.from({ length: LIST }, (_, i) => eb.tuple(list[2 * i]!, list[2 * i + 1]!)),
          ),
        )
        .groupBy(['alias_key', 'side']),
  );
  for (const r of rows) {
    if (r.side === null) continue;
    snap.aliasGroups.get(r.alias_key)?.bySide.set(r.side, Number(r.id));
    snap.sides.set(Number(r.id), r.side);
  }
}

/** The lowest id on any known side per key, and that person's side. */
async function loadAnyKnown(db: Kysely<Database>, snap: Snapshot, keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  for (const k of keys) snap.aliasGroups.get(k)!.anyKnown = null;
  const rows = await queryInChunks(db, 'batch-alias-any', keys, LIST, (list) =>
    db
      .selectFrom('person_aliases')
      .select(['alias_key', sql<number>`min(person_id)`.as('id')])
      .where('alias_key', 'in', list)
      .where('side', 'is not', null)
      .groupBy('alias_key'),
  );
  for (const r of rows) snap.aliasGroups.get(r.alias_key)!.anyKnown = Number(r.id);
  const sideless = [...new Set(rows.map((r) => Number(r.id)))].filter((id) => !snap.sides.has(id));
  const sides = await queryInChunks(db, 'batch-people-sides', sideless, LIST, (list) =>
    db.selectFrom('people').select(['id', 'affiliation']).where('id', 'in', list),
  );
  for (const r of sides) snap.sides.set(r.id, r.affiliation);
}

async function loadUnknownSide(db: Kysely<Database>, snap: Snapshot, keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  const unknown = await queryInChunks(
    db,
    'batch-alias-unknown',
    keys,
    LIST,
    (list) =>
      db
        .selectFrom('person_aliases')
        .select(['alias_key', 'person_id'])
        .where('alias_key', 'in', list)
        .where('side', 'is', null)
        .orderBy('person_id')
        .limit(UNKNOWN_ROWS * LIST + 1),
    { perValue: UNKNOWN_ROWS, what: 'unknown-side alias' },
  );
  for (const r of unknown) {
    const ids = snap.aliasGroups.get(r.alias_key)?.unknownSide;
    if (ids && ids[ids.length - 1] !== r.person_id) ids.push(r.person_id);
    snap.sides.set(r.person_id, null);
  }
}

/** Loads the stored offices of the people not loaded yet. */
export async function loadOffices(db: Kysely<Database>, snap: Snapshot, personIds: Iterable<number>): Promise<void> {
  const todo = [...new Set(personIds)].filter((id) => !snap.offices.has(id));
  if (!todo.length) return;
  for (const id of todo) snap.offices.set(id, []);
  const rows = await queryInChunks(db, 'batch-offices', todo, LIST, (list) =>
    db.selectFrom('person_offices').selectAll().where('person_id', 'in', list).orderBy('id'),
  );
  for (const r of rows) snap.offices.get(r.person_id)?.push(r);
}

/** A stored person's side (people.affiliation). */
export async function loadSide(db: Kysely<Database>, snap: Snapshot, personId: number): Promise<string | null> {
  if (!snap.sides.has(personId)) {
    const [row] = await runOnce(
      db,
      'batch-person-side',
      (v) => db.selectFrom('people').select('affiliation').where('id', '=', v<number>(0)),
      [personId],
    );
    snap.sides.set(personId, row?.affiliation ?? null);
  }
  return snap.sides.get(personId) ?? null;
}
