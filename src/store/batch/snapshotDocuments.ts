// The documents side of a batch's snapshot: which of its texts and URLs are stored, and the
// stored documents that share a simhash band with one of its texts (near-duplicate candidates).
import type { Kysely } from 'kysely';
import { compiledOnce } from '../compiledOnce.ts';
import { bands, MIN_WORDS } from '../fingerprint.ts';
import type { PreparedSave } from '../prepareSave.ts';
import type { Database } from '../schema.ts';
import { BatchOverflow, paddedChunks, queryInChunks } from './chunks.ts';
import type { NearRow, Snapshot } from './snapshot.ts';

/** Rows read per document by the near-duplicate probe (as ../saveExtraction.ts reads). */
export const NEAR_ROWS = 200;
const LIST = 100;
const BAND_DOCS = 64;

export async function loadDocuments(db: Kysely<Database>, snap: Snapshot, inputs: readonly PreparedSave[]) {
  const hashes = [...new Set(inputs.map((i) => i.contentHash))];
  const stored = await queryInChunks(db, 'batch-hashes', hashes, LIST, (list) =>
    db.selectFrom('documents').select(['id', 'content_hash']).where('content_hash', 'in', list),
  );
  for (const r of stored) snap.storedHashes.set(r.content_hash, r.id);
  const fresh = inputs.filter((i) => !snap.storedHashes.has(i.contentHash));
  const urls = [...new Set(fresh.map((i) => i.url).filter((u): u is string => u !== null))];
  const current = await queryInChunks(db, 'batch-urls', urls, LIST, (list) =>
    db.selectFrom('documents').select('url').where('url', 'in', list).where('latest', '=', 1),
  );
  for (const r of current) if (r.url !== null) snap.storedUrls.add(r.url);
  await loadNearRows(
    db,
    snap,
    fresh.filter((i) => i.wordCount >= MIN_WORDS).map((i) => i.simhash),
  );
}

/** Stored documents sharing a band with any of the hashes: four IN lists, one per band index,
 * each served by its band index. */
async function loadNearRows(db: Kysely<Database>, snap: Snapshot, hashes: readonly string[]) {
  const seen = new Set<number>();
  for (const chunk of paddedChunks([...new Set(hashes)], BAND_DOCS)) {
    const lists = [0, 1, 2, 3].map((k) => chunk.map((h) => (h === null ? null : bands(h)[k]!)));
    const query = compiledOnce(
      db,
      `batch-near:${BAND_DOCS}`,
      (v) => {
        const list = (k: number) => Array.from({ length: BAND_DOCS }, (_, i) => v<number>(k * BAND_DOCS + i));
        return db
          .selectFrom('documents')
          .select(['id', 'simhash', 'near_duplicate_of', 'latest'])
          .where((eb) =>
            eb.or([
              eb('sh_band0', 'in', list(0)),
              eb('sh_band1', 'in', list(1)),
              eb('sh_band2', 'in', list(2)),
              eb('sh_band3', 'in', list(3)),
            ]),
          )
          .limit(NEAR_ROWS * BAND_DOCS + 1);
      },
      lists.flat(),
    );
    const { rows } = await db.executeQuery(query);
    if (rows.length > NEAR_ROWS * BAND_DOCS) throw new BatchOverflow('near-duplicate', NEAR_ROWS * BAND_DOCS);
    for (const r of rows as NearRow[]) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      bands(r.simhash).forEach((b, k) => {
        const key = `${k}:${b}`;
        const list = snap.nearByBand.get(key);
        if (list) list.push(r);
        else snap.nearByBand.set(key, [r]);
      });
    }
  }
  for (const list of snap.nearByBand.values()) list.sort((a, b) => a.id - b.id);
}

/** The stored documents a probe for `hash` reads, as the single-document query would: matches
 * of band 0 first, then of band 1 not yet read..., NEAR_ROWS at most, then in id order. */
export function storedNearRows(snap: Snapshot, hash: string): NearRow[] {
  const out = new Map<number, NearRow>();
  bands(hash).forEach((b, k) => {
    for (const r of snap.nearByBand.get(`${k}:${b}`) ?? []) if (out.size < NEAR_ROWS) out.set(r.id, r);
  });
  return [...out.values()].sort((a, b) => a.id - b.id);
}
