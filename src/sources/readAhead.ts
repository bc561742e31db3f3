// Reads the local files of a run for the ingest loop. From the page cache a file is cheapest read
// on the spot, on the main thread (readInput.ts). When such reads are slow (the disk), files are
// read on libuv's pool a few ahead of the loop instead, so that the thread waits only for a disk
// slower than extraction; every so often one is read on the spot again, to see whether the cache
// serves them now. Bounded: at most `files` reads ahead, and no new one starts while `bytes` of
// read-ahead input is held.
import type { PlannedInput } from './expandInputs.ts';
import type { Input } from './readInput.ts';

export interface ReadAheadLimits {
  files: number;
  bytes: number;
  /** A read on the spot slower than this many milliseconds (plus one per megabyte read) is slow. */
  slowMs: number;
  /** Slow reads on the spot in a row that switch to reading ahead. A few may be the thread losing
   * its core for a while: on one core, 34 of 5,000 reads from the cache took 0.5-20 ms, and
   * three in a row switched 9 times in that run, eight never. From the disk, most reads are slow. */
  slowInARow: number;
  /** Files taken from the reads ahead before the next is read on the spot again. */
  probeEvery: number;
}

/** A file from the page cache takes ~15 µs to read, from an SSD a few hundred, from a disk
 * milliseconds. Eight ahead cover a slow read of one file while a few small ones are extracted,
 * and a run stopped early has read little for nothing. */
export const READ_AHEAD: ReadAheadLimits = {
  files: 8,
  bytes: 8 * 1024 * 1024,
  slowMs: 0.5,
  slowInARow: 8,
  probeEvery: 256,
};

/** Reads `path`; with `sync`, on this thread, the promise already settled when returned. */
export type ReadFile = (path: string, sync: boolean) => Promise<Input>;

export interface ReadAhead {
  /** The read of planned input `index` (a path): on the spot, or the one started ahead; the
   * reads of the inputs after it start as the mode and limits allow. Each index may be taken once. */
  take(index: number): Promise<Input>;
}

interface Pending {
  result: Promise<Input>;
  /** Bytes counted against the limit once the read is done, until taken. */
  held: number;
}

export function createReadAhead(
  planned: readonly PlannedInput[],
  read: ReadFile,
  limits: ReadAheadLimits,
  clock: () => number = () => performance.now(),
): ReadAhead {
  const pending = new Map<number, Pending>();
  let held = 0;
  let next = 0;
  let ahead = false;
  let takenAhead = 0;
  let slowInARow = 0;

  const start = (index: number, path: string): Pending => {
    const entry: Pending = { result: read(path, false), held: 0 };
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
    while (ahead && next < planned.length && pending.size < limits.files && held < limits.bytes) {
      const index = next++;
      const input = planned[index];
      if (input?.kind === 'path') start(index, input.path);
    }
  };

  const onTheSpot = (path: string): Promise<Input> => {
    const t0 = clock();
    const result = read(path, true);
    const ms = clock() - t0;
    // Registered before the taker awaits it, so the reads ahead are under way when it resumes.
    void result.then(
      (got) => {
        if (ms <= limits.slowMs + (got.ok ? got.bytes.length / 1e6 : 0)) slowInARow = 0;
        else if (++slowInARow >= limits.slowInARow) {
          ahead = true;
          takenAhead = 0;
          fill();
        }
      },
      () => undefined,
    );
    return result;
  };

  return {
    take(index) {
      const input = planned[index];
      if (input?.kind !== 'path')
        throw new Error(`expected a planned path at ${index}, got ${input?.kind ?? 'nothing'}`);
      next = Math.max(next, index + 1);
      const entry = pending.get(index);
      if (entry) {
        pending.delete(index);
        held -= entry.held;
        if (ahead && ++takenAhead >= limits.probeEvery) {
          // The next file not under way is read on the spot; if that is slow, reading ahead resumes.
          ahead = false;
          slowInARow = limits.slowInARow - 1;
        }
        fill();
        return entry.result;
      }
      if (!ahead) return onTheSpot(input.path);
      const started = start(index, input.path);
      pending.delete(index);
      fill();
      return started.result;
    },
  };
}
