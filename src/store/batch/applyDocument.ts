// One document of a batch, applied to the working set: what ../saveExtraction.ts `saveOne` does
// with statements (identity by content hash, near-duplicate link, contributions), done in
// memory. New versions of a stored URL never reach this: such a batch is saved document by
// document (see saveBatch.ts).
import { contributeDocument } from '../contribute.ts';
import { bands, MIN_WORDS } from '../fingerprint.ts';
import { closestCopy, NEAR_ROWS, type NearRow } from '../nearDuplicates.ts';
import type { PreparedSave } from '../prepareSave.ts';
import type { SaveResult } from '../types.ts';
import { createBatchEngagementRepo } from './batchEngagementRepo.ts';
import { createBatchRegistry } from './batchRegistry.ts';
import type { BatchState } from './batchState.ts';

/** The document this text is a syndicated copy of, chosen as ../saveExtraction.ts chooses it
 * once every earlier document is stored: per band, the newest NEAR_ROWS documents, which are the
 * batch's own (newer than any stored one), newest first, then the stored ones. */
function nearDuplicate(state: BatchState, hash: string): number | null {
  const candidates: NearRow[] = [];
  bands(hash).forEach((b, k) => {
    const key = `${k}:${b}`;
    const mine = state.documentsByBand.get(key) ?? [];
    let taken = 0;
    for (let i = mine.length - 1; i >= 0 && taken < NEAR_ROWS; i--, taken++) {
      const d = mine[i]!;
      candidates.push({ id: d.id, simhash: d.input.simhash, near_duplicate_of: d.nearDuplicateOf, latest: 1 });
    }
    for (const r of state.snap.nearByBand.get(key) ?? []) {
      if (taken++ >= NEAR_ROWS) break;
      candidates.push(r);
    }
  });
  return closestCopy(hash, candidates);
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
