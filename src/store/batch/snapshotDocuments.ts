// The documents side of a batch's snapshot: which of its texts and URLs are stored, and the
// stored documents that share a simhash band with one of its texts (near-duplicate candidates,
// as many per band value as the single-document probe reads).
import type { Kysely } from 'kysely';
import { bands, MIN_WORDS } from '../fingerprint.ts';
import { bandRowsQuery } from '../nearDuplicates.ts';
import type { PreparedSave } from '../prepareSave.ts';
import type { Database } from '../schema.ts';
import { queryInChunks } from './chunks.ts';
import type { Snapshot } from './snapshot.ts';

const LIST = 100;
const BAND_VALUES = 64;

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

/** For each band index, the newest NEAR_ROWS stored documents with each band value of the
 * hashes (../nearDuplicates.ts bandRowsQuery), kept newest first. */
async function loadNearRows(db: Kysely<Database>, snap: Snapshot, hashes: readonly string[]) {
  const unique = [...new Set(hashes)];
  for (const k of [0, 1, 2, 3] as const) {
    const values = [...new Set(unique.map((h) => bands(h)[k]))];
    const rows = await queryInChunks(db, `batch-near:${k}`, values, BAND_VALUES, (list) => bandRowsQuery(db, k, list));
    for (const r of rows) {
      const key = `${k}:${bands(r.simhash)[k]}`;
      const list = snap.nearByBand.get(key);
      if (list) list.push(r);
      else snap.nearByBand.set(key, [r]);
    }
  }
  for (const list of snap.nearByBand.values()) list.sort((a, b) => b.id - a.id);
}
