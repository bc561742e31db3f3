// Saves a batch of prepared documents in bulk: read what they need from the database in a few
// queries (the snapshot), apply them one after another in memory exactly as the document-by-
// document path would (applyDocument.ts), then write everything in a few statements per table
// (flushBatch.ts). The caller runs it inside a savepoint and falls back to saving document by
// document when it returns null (a new version of a stored URL, whose old contributions must be
// withdrawn first) or throws (a bulk read over its bound, a row the database refuses): that path
// isolates a failing document in a savepoint of its own.
import type { Kysely } from 'kysely';
import { noNul } from '../documentRow.ts';
import { eventFacts } from '../eventFacts.ts';
import { candidateWindow } from '../mergeEngagements.ts';
import type { PreparedSave } from '../prepareSave.ts';
import type { Backend, Database } from '../schema.ts';
import type { SaveResult } from '../types.ts';
import { applyDocument } from './applyDocument.ts';
import { createBatchState } from './batchState.ts';
import { flushBatch } from './flushBatch.ts';
import { indexBatch } from './flushDocuments.ts';
import { allocateIds } from './ids.ts';
import { emptySnapshot, type Snapshot } from './snapshot.ts';
import { loadDocuments } from './snapshotDocuments.ts';
import { loadWindows, type Window } from './snapshotEngagements.ts';
import { loadPeople, type NameRequest } from './snapshotPeople.ts';

/** The documents of the batch that will be stored (not already stored, not repeated). */
function freshInputs(snap: Snapshot, inputs: readonly PreparedSave[]): PreparedSave[] {
  const seen = new Set<string>();
  return inputs.filter((i) => {
    if (snap.storedHashes.has(i.contentHash) || seen.has(i.contentHash)) return false;
    seen.add(i.contentHash);
    return true;
  });
}

/** Whether a document replaces a current one with the same URL (stored, or earlier in the batch). */
function hasNewVersion(snap: Snapshot, fresh: readonly PreparedSave[]): boolean {
  const urls = new Set<string>();
  for (const i of fresh) {
    if (i.url === null) continue;
    const url = noNul(i.url);
    if (snap.storedUrls.has(url) || urls.has(url)) return true;
    urls.add(url);
  }
  return false;
}

export async function saveBatch(
  trx: Kysely<Database>,
  backend: Backend,
  inputs: readonly PreparedSave[],
): Promise<SaveResult[] | null> {
  const snap = emptySnapshot();
  await loadDocuments(trx, snap, inputs);
  const fresh = freshInputs(snap, inputs);
  if (hasNewVersion(snap, fresh)) return null;
  // Every engagement an event may join, and every person a participant may be.
  const windows: Window[] = [];
  const names: NameRequest[] = [];
  for (const input of fresh)
    for (const ev of input.contribution.events) {
      const f = eventFacts(ev.record, input.published, 0);
      const w = candidateWindow(f);
      if (w) windows.push(w);
      for (const p of f.participants) names.push({ name: p.name, side: p.affiliation });
    }
  await loadWindows(trx, snap, windows);
  for (const e of snap.engagements.values())
    for (const p of e.participants) names.push({ name: p.name, side: p.affiliation });
  await loadPeople(trx, snap, names);

  const state = createBatchState(trx, snap, allocateIds(trx, backend));
  const results: SaveResult[] = [];
  for (const input of inputs) results.push(await applyDocument(state, input));
  await flushBatch(trx, backend, state);
  await state.counts.flush(trx);
  // Last: see indexBatch.
  await indexBatch(trx, backend, state);
  return results;
}
