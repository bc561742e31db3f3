// Which stored document a text is a syndicated copy of. The candidates are the documents sharing
// one of its four simhash bands (see fingerprint.ts), read per band: the newest NEAR_ROWS of
// each. A band shared by many unrelated texts (templates, boilerplate) is read only that far,
// and a crowded band no longer hides a copy that shares another band with the text, as one cap
// over all four bands did. The choice depends only on the documents stored before, never on how
// they were batched: the batch path (batch/applyDocument.ts) takes the same newest rows per band
// from what is stored and what its batch added.
import { sql, type Kysely } from 'kysely';
import { bands, hamming, MAX_DISTANCE } from './fingerprint.ts';
import type { Database } from './schema.ts';

/** Rows read per band: bounds the probe on a crowded band. */
export const NEAR_ROWS = 200;

export const BAND_COLUMNS = ['sh_band0', 'sh_band1', 'sh_band2', 'sh_band3'] as const;

export interface NearRow {
  id: number;
  simhash: string;
  near_duplicate_of: number | null;
  latest: number;
}

/** The newest NEAR_ROWS documents with each of the hash's band values: four probes of the band
 * indexes, which cover what is read (a crowded value costs a read of its index entries and a
 * sort, never a visit to the table). */
export function nearDuplicateQuery(db: Kysely<Database>, hash: string) {
  return nearDuplicateQueryOf(db, bands(hash));
}

/** nearDuplicateQuery for the four band values (stand-ins, for a statement compiled once). */
export function nearDuplicateQueryOf(db: Kysely<Database>, b: readonly [number, number, number, number]) {
  const band = (k: 0 | 1 | 2 | 3) =>
    db
      .selectFrom(
        db
          .selectFrom('documents')
          .select(['id', 'simhash', 'near_duplicate_of', 'latest'])
          .where(BAND_COLUMNS[k], '=', b[k])
          .orderBy('id', 'desc')
          .limit(NEAR_ROWS)
          .as(`b${k}`),
      )
      .selectAll();
  return band(0).unionAll(band(1)).unionAll(band(2)).unionAll(band(3));
}

/** The same rows as nearDuplicateQuery for a set of band values at once (one band index, up to
 * `list.length` values): the newest NEAR_ROWS per value, ranked inside the database. */
export function bandRowsQuery(db: Kysely<Database>, k: 0 | 1 | 2 | 3, list: readonly number[]) {
  const column = BAND_COLUMNS[k];
  return db
    .selectFrom(
      db
        .selectFrom('documents')
        .select(['id', 'simhash', 'near_duplicate_of', 'latest'])
        .select(sql<number>`row_number() over (partition by ${sql.ref(column)} order by id desc)`.as('rank'))
        .where(column, 'in', list)
        .as('ranked'),
    )
    .select(['id', 'simhash', 'near_duplicate_of', 'latest'])
    .where('rank', '<=', NEAR_ROWS);
}

/** The closest current candidate within MAX_DISTANCE bits (the earliest among equals), as the
 * document it copies: a copy of a copy links to the first. `skip`: a candidate not to consider
 * (the previous version of the same URL). */
export function closestCopy(hash: string, candidates: Iterable<NearRow>, skip: number | null = null): number | null {
  const byId = new Map<number, NearRow>();
  for (const r of candidates) byId.set(r.id, r);
  let best: { id: number; d: number } | null = null;
  for (const r of [...byId.values()].sort((x, y) => x.id - y.id)) {
    if (r.id === skip || r.latest !== 1) continue;
    const d = hamming(hash, r.simhash);
    if (d <= MAX_DISTANCE && (!best || d < best.d)) best = { id: r.near_duplicate_of ?? r.id, d };
  }
  return best?.id ?? null;
}
