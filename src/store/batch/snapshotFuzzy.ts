// The fuzzy-spelling side of a batch's snapshot: the stored aliases filed under the skeletons and
// typo blocks of the names the batch may not know (../fuzzyNames.ts), read in bulk on the sides
// they are wanted on, so that each such name is answered from memory instead of by a query.
import { sql, type Kysely } from 'kysely';
import { fuzzyRows, type FuzzyRow } from '../fuzzyNames.ts';
import type { Database } from '../schema.ts';
import { paddedChunks, queryInChunks } from './chunks.ts';
import type { Snapshot } from './snapshot.ts';

/** A name's skeleton and typo blocks, wanted on a side (any side when null). */
export interface FuzzyProbe {
  skeleton: string;
  blocks: readonly string[];
  side: string | null;
}

type BulkRow = FuzzyRow & { alias: string; typo_block_a: string; typo_block_b: string };

const LIST = 100;
/** Rows the bulk read may return per value looked up before it gives up on the chunk (whose
 * names are then looked up one query each). */
const ROWS_PER_VALUE = 64;
const COLUMNS = [
  'person_id as id',
  'side as affiliation',
  'alias',
  'alias_skeleton',
  'typo_block_a',
  'typo_block_b',
] as const;
/** Coverage key: a value read on a side, or on every side ('*'). */
const on = (value: string, side: string | null) => `${value}\u0000${side ?? '*'}`;

/**
 * Reads the aliases filed under the probes' skeletons and blocks: on the probe's side and of
 * unknown side (a row-value IN on the (value, side) indexes), or on every side for a probe
 * without one. What was read is recorded, so loadFuzzy uses only complete answers.
 */
export async function loadFuzzyBulk(db: Kysely<Database>, snap: Snapshot, probes: readonly FuzzyProbe[]) {
  const bulk = snap.fuzzyBulk;
  const wanted = (kind: 's' | 'b', pairs: [string, string | null][]) =>
    [...new Map(pairs.map((p) => [on(p[0], p[1]), p])).values()].filter(
      ([v, side]) => !bulk.covered.has(`${kind}:${on(v, side)}`) && !bulk.covered.has(`${kind}:${on(v, null)}`),
    );
  const skeletons = wanted(
    's',
    probes.map((p) => [p.skeleton, p.side]),
  );
  const blocks = wanted(
    'b',
    probes.flatMap((p) => p.blocks.map((b): [string, string | null] => [b, p.side])),
  );
  for (const [kind, pairs] of [
    ['s', skeletons],
    ['b', blocks],
  ] as const) {
    const sided = pairs.filter(([, side]) => side !== null) as [string, string][];
    const anySide = pairs.filter(([, side]) => side === null).map(([v]) => v);
    for (const chunk of paddedChunks(sided, LIST)) {
      const values = chunk.flatMap((p) => (p ? [p[0], p[1]] : [null, null]));
      const rows = await queryInChunks(db, `batch-fuzzy-${kind}-sided`, values, 2 * LIST, (list) =>
        db
          .selectFrom('person_aliases')
          .select(COLUMNS)
          .where((eb) => {
            const tuples = Array.from({ length: LIST }, (_, i) => eb.tuple(list[2 * i]!, list[2 * i + 1]!));
            const keys = Array.from({ length: LIST }, (_, i) => list[2 * i]!);
            const columns = kind === 's' ? (['alias_skeleton'] as const) : (['typo_block_a', 'typo_block_b'] as const);
            return eb.or(
              columns.flatMap((c) => [
                eb.and([eb(c, '<>', sql.lit('')), eb(eb.refTuple(c, 'side'), 'in', tuples)]),
                eb.and([eb(c, '<>', sql.lit('')), eb(c, 'in', keys), eb('side', 'is', null)]),
              ]),
            );
          })
          .limit(ROWS_PER_VALUE * LIST + 1),
      );
      if (rows.length <= ROWS_PER_VALUE * LIST) file(snap, kind, rows, chunk);
    }
    for (const chunk of paddedChunks(anySide, LIST)) {
      const rows = await queryInChunks(db, `batch-fuzzy-${kind}-any`, chunk, LIST, (list) =>
        db
          .selectFrom('person_aliases')
          .select(COLUMNS)
          .where((eb) =>
            eb.or(
              (kind === 's' ? (['alias_skeleton'] as const) : (['typo_block_a', 'typo_block_b'] as const)).map((c) =>
                eb.and([eb(c, '<>', sql.lit('')), eb(c, 'in', list)]),
              ),
            ),
          )
          .limit(ROWS_PER_VALUE * LIST + 1),
      );
      if (rows.length <= ROWS_PER_VALUE * LIST)
        file(
          snap,
          kind,
          rows,
          chunk.map((v) => (v === null ? null : [v, null])),
        );
    }
  }
}

/** Files rows under their skeleton and blocks, and records the (value, side) pairs as read. */
function file(
  snap: Snapshot,
  kind: 's' | 'b',
  rows: readonly BulkRow[],
  pairs: readonly ([string, string | null] | null)[],
): void {
  const bulk = snap.fuzzyBulk;
  for (const r of rows) {
    const id = `${r.id}\u0000${r.alias}`;
    if (bulk.seen.has(id)) continue;
    bulk.seen.add(id);
    if (!snap.sides.has(r.id)) snap.sides.set(r.id, r.affiliation);
    for (const k of [`s:${r.alias_skeleton}`, `a:${r.typo_block_a}`, `b:${r.typo_block_b}`]) {
      const list = bulk.rows.get(k);
      if (list) list.push(r);
      else bulk.rows.set(k, [r]);
    }
  }
  for (const p of pairs) if (p) bulk.covered.add(`${kind}:${on(p[0], p[1])}`);
}

/** The stored aliases the fuzzy query finds for a probe on a side (any side when null): from
 * the bulk read when it covered the probe, else by the query itself. */
export async function loadFuzzy(
  db: Kysely<Database>,
  snap: Snapshot,
  probe: { skeleton: string; blocks: readonly string[] },
  side: string | null,
): Promise<FuzzyRow[]> {
  const bulk = snap.fuzzyBulk;
  const read = (kind: 's' | 'b', v: string) =>
    bulk.covered.has(`${kind}:${on(v, null)}`) || (side !== null && bulk.covered.has(`${kind}:${on(v, side)}`));
  if (read('s', probe.skeleton) && probe.blocks.every((b) => read('b', b))) {
    const found = new Set<FuzzyRow>();
    for (const k of [`s:${probe.skeleton}`, ...probe.blocks.flatMap((b) => [`a:${b}`, `b:${b}`])])
      for (const r of bulk.rows.get(k) ?? [])
        if (side === null || r.affiliation === side || r.affiliation === null) found.add(r);
    return [...found].map((r) => ({ id: r.id, affiliation: r.affiliation, alias_skeleton: r.alias_skeleton }));
  }
  const key = [probe.skeleton, probe.blocks.join(' '), side ?? ''].join('\u0000');
  let rows = snap.fuzzy.get(key);
  if (!rows) {
    rows = await fuzzyRows(db, probe, side);
    snap.fuzzy.set(key, rows);
    for (const r of rows) if (!snap.sides.has(r.id)) snap.sides.set(r.id, r.affiliation);
  }
  return rows;
}
