// Reads the local files of a run before the ingest loop reaches them, so that a file that must
// come from the disk (not the page cache) is read while the previous ones are extracted: the
// thread then waits only for a disk slower than extraction. Bounded: at most `files` reads
// ahead, and no new one starts while `bytes` of read-ahead input is held.
import type { PlannedInput } from './expandInputs.ts';
import type { Input } from './readInput.ts';

export interface ReadAheadLimits {
  files: number;
  bytes: number;
}

/** A local file is read at most this far ahead: enough to cover a slow read of one file while a
 * few small ones are extracted, little enough that a run stopped early has read little for nothing. */
export const READ_AHEAD: ReadAheadLimits = { files: 8, bytes: 8 * 1024 * 1024 };

export interface ReadAhead {
  /** The read of planned input `index` (a path), started now if it was not already; the reads of
   * the inputs after it start as the limits allow. Each index may be taken once. */
  take(index: number): Promise<Input>;
}

interface Pending {
  result: Promise<Input>;
  /** Bytes counted against the limit once the read is done, until taken. */
  held: number;
}

export function createReadAhead(
  planned: readonly PlannedInput[],
  read: (path: string) => Promise<Input>,
  limits: ReadAheadLimits,
): ReadAhead {
  const pending = new Map<number, Pending>();
  let held = 0;
  let next = 0;

  const start = (index: number, path: string): Pending => {
    const entry: Pending = { result: read(path), held: 0 };
    void entry.result.then(
      (got) => {
        if (!pending.has(index) || !got.ok) return;
        entry.held = got.bytes.length;
        held += entry.held;
      },
      () => undefined, // the taker sees the failure
    );
    pending.set(index, entry);
    return entry;
  };

  const fill = (): void => {
    while (next < planned.length && pending.size < limits.files && held < limits.bytes) {
      const index = next++;
      const input = planned[index];
      if (input?.kind === 'path') start(index, input.path);
    }
  };

  return {
    take(index) {
      const input = planned[index];
      if (input?.kind !== 'path')
        throw new Error(`expected a planned path at ${index}, got ${input?.kind ?? 'nothing'}`);
      const entry = pending.get(index) ?? start(index, input.path);
      pending.delete(index);
      held -= entry.held;
      next = Math.max(next, index + 1);
      fill();
      return entry.result;
    },
  };
}
