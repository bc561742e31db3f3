// The people side of a batch's snapshot: for each name key, who is known by it on each side
// (the lowest id per known side, every id of unknown side), the stored offices of those people,
// and, looked up as needed, people's sides and the rows of the fuzzy-spelling query.
import { sql, type Kysely } from 'kysely';
import { runOnce } from '../compiledOnce.ts';
import { fuzzyProbe } from '../fuzzyNames.ts';
import { nameKey } from '../nameKey.ts';
import type { Database } from '../schema.ts';
import { queryInChunks } from './chunks.ts';
import { loadFuzzyBulk, type FuzzyProbe } from './snapshotFuzzy.ts';
import type { AliasGroup, Snapshot } from './snapshot.ts';

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
  await loadAliasGroups(
    db,
    snap,
    keyed.map((n) => n.key),
  );
  const people = new Set<number>();
  const probes: FuzzyProbe[] = [];
  for (const n of keyed) {
    const group = snap.aliasGroups.get(n.key)!;
    const onSide = n.side === null ? undefined : group.bySide.get(n.side);
    const any = n.side === null ? Math.min(...group.bySide.values()) : Infinity;
    for (const id of [onSide, ...group.unknownSide, any]) if (id !== undefined && Number.isFinite(id)) people.add(id);
    if (onSide === undefined && !group.unknownSide.length && !Number.isFinite(any)) {
      const probe = fuzzyProbe(n.name);
      if (probe) probes.push({ ...probe, side: n.side });
    }
  }
  await loadOffices(db, snap, people);
  await loadFuzzyBulk(db, snap, probes);
}

/** Loads the alias groups of the keys not loaded yet. */
export async function loadAliasGroups(db: Kysely<Database>, snap: Snapshot, keys: Iterable<string>): Promise<void> {
  const todo = [...new Set(keys)].filter((k) => k && !snap.aliasGroups.has(k));
  if (!todo.length) return;
  const groups = new Map<string, AliasGroup>(todo.map((k) => [k, { bySide: new Map(), unknownSide: [] }]));
  // The (alias_key, side, person_id) index serves both: one range per key and side.
  const sided = await queryInChunks(db, 'batch-alias-sides', todo, LIST, (list) =>
    db
      .selectFrom('person_aliases')
      .select(['alias_key', 'side', sql<number>`min(person_id)`.as('id')])
      .where('alias_key', 'in', list)
      .where('side', 'is not', null)
      .groupBy(['alias_key', 'side']),
  );
  for (const r of sided) {
    if (r.side === null) continue;
    groups.get(r.alias_key)?.bySide.set(r.side, Number(r.id));
    snap.sides.set(Number(r.id), r.side);
  }
  const unknown = await queryInChunks(
    db,
    'batch-alias-unknown',
    todo,
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
    const ids = groups.get(r.alias_key)?.unknownSide;
    if (ids && ids[ids.length - 1] !== r.person_id) ids.push(r.person_id);
    snap.sides.set(r.person_id, null);
  }
  for (const [k, g] of groups) snap.aliasGroups.set(k, g);
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
