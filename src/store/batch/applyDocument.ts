// One document of a batch, applied to the working set: what ../saveExtraction.ts `saveOne` does
// with statements (identity by content hash, near-duplicate link, contributions), done in
// memory. New versions of a stored URL never reach this: such a batch is saved document by
// document (see saveBatch.ts).
import { contributeDocument } from '../contribute.ts';
import { bands, hamming, MAX_DISTANCE, MIN_WORDS } from '../fingerprint.ts';
import type { PreparedSave } from '../prepareSave.ts';
import type { SaveResult } from '../types.ts';
import { createBatchEngagementRepo } from './batchEngagementRepo.ts';
import { createBatchRegistry } from './batchRegistry.ts';
import type { BatchState, NewDocument } from './batchState.ts';
import { storedNearRows } from './snapshotDocuments.ts';

/** The document this text is a syndicated copy of: the closest current one within MAX_DISTANCE
 * bits (the earliest among equals), stored ones first since they have lower ids. */
function nearDuplicate(state: BatchState, hash: string): number | null {
  let best: { id: number; d: number } | null = null;
  const consider = (id: number, simhash: string, of: number | null) => {
    const d = hamming(hash, simhash);
    if (d <= MAX_DISTANCE && (!best || d < best.d)) best = { id: of ?? id, d };
  };
  for (const r of storedNearRows(state.snap, hash)) if (r.latest === 1) consider(r.id, r.simhash, r.near_duplicate_of);
  const mine = new Set<NewDocument>();
  bands(hash).forEach((b, k) => state.documentsByBand.get(`${k}:${b}`)?.forEach((d) => mine.add(d)));
  for (const d of [...mine].sort((a, b) => a.id - b.id)) consider(d.id, d.input.simhash, d.nearDuplicateOf);
  return (best as { id: number } | null)?.id ?? null;
}

export async function applyDocument(state: BatchState, input: PreparedSave): Promise<SaveResult> {
  const existing = state.snap.storedHashes.get(input.contentHash) ?? state.documentsByHash.get(input.contentHash)?.id;
  if (existing !== undefined)
    return { documentId: existing, status: 'unchanged', nearDuplicateOf: null, previousVersionId: null };
  const nearDuplicateOf = input.wordCount >= MIN_WORDS ? nearDuplicate(state, input.simhash) : null;
  const now = new Date().toISOString();
  const doc = { id: await state.ids.next('documents'), input, nearDuplicateOf, ingestedAt: now };
  state.documents.push(doc);
  state.documentsByHash.set(input.contentHash, doc);
  state.documentsById.set(doc.id, doc);
  bands(input.simhash).forEach((b, k) => {
    const key = `${k}:${b}`;
    const list = state.documentsByBand.get(key);
    if (list) list.push(doc);
    else state.documentsByBand.set(key, [doc]);
  });
  const info = { id: doc.id, published: input.published, nearDuplicateOf, date: input.published ?? now.slice(0, 10) };
  await contributeDocument(
    createBatchEngagementRepo(state),
    createBatchRegistry(state),
    state.counts,
    info,
    input.contribution,
    now,
  );
  return { documentId: doc.id, status: 'new', nearDuplicateOf, previousVersionId: null };
}
