// src/sources/readAhead.ts with a controllable reader and clock: files are read on the spot while
// such reads are fast; a slow one switches to reads ahead of the taker within the file and byte
// limits, and a later read on the spot switches back when fast again. Each file is read once and
// handed to the right index, failures reach the taker, and non-path inputs are never read.
import { describe, it } from 'node:test';
import type { PlannedInput } from '../../src/sources/expandInputs.ts';
import { createReadAhead, type ReadAheadLimits } from '../../src/sources/readAhead.ts';
import type { Input } from '../../src/sources/readInput.ts';
import { expect } from '../expect.ts';

interface Reader {
  read: (path: string, sync: boolean) => Promise<Input>;
  /** Paths in the order their reads started, `*` marking those read on the spot. */
  started: string[];
  finish: (path: string, size: number) => void;
  clock: () => number;
  /** Milliseconds a read on the spot of this path takes on the clock (default 0.01). */
  slow: Map<string, number>;
  /** Bytes a read on the spot returns (default 10). */
  sizes: Map<string, number>;
}

/** Reads on the spot return at once, taking `slow` ms of the fake clock; reads ahead end when
 * the test says so (or at once with `instant`). */
function reader(instant = false): Reader {
  const waiting = new Map<string, (got: Input) => void>();
  const started: string[] = [];
  const slow = new Map<string, number>();
  const sizes = new Map<string, number>();
  let now = 0;
  return {
    started,
    slow,
    sizes,
    clock: () => now,
    read: (path, sync) => {
      started.push(sync ? `*${path}` : path);
      if (sync) now += slow.get(path) ?? 0.01;
      if (sync || instant)
        return Promise.resolve({ ok: true, source: path, bytes: new Uint8Array(sizes.get(path) ?? 10) });
      return new Promise((resolve) => waiting.set(path, resolve));
    },
    finish: (path, size) => waiting.get(path)?.({ ok: true, source: path, bytes: new Uint8Array(size) }),
  };
}

const paths = (n: number): PlannedInput[] => Array.from({ length: n }, (_, i) => ({ kind: 'path', path: `f${i}` }));
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const limits = (l: Partial<ReadAheadLimits>): ReadAheadLimits => ({
  files: 4,
  bytes: 1000,
  slowMs: 0.5,
  slowInARow: 1,
  probeEvery: 1000,
  ...l,
});

describe('read-ahead of local files', () => {
  it('reads each file on the spot, once, while such reads are fast', async () => {
    const r = reader();
    const ahead = createReadAhead(paths(20), r.read, limits({}), r.clock);
    for (let i = 0; i < 20; i++) {
      expect((await ahead.take(i)).source).toBe(`f${i}`);
      expect(r.started.length).toBe(i + 1);
    }
    expect(r.started).toEqual(Array.from({ length: 20 }, (_, i) => `*f${i}`));
  });

  it('after a slow read, hands each index its own file, reading each once, ahead of the taker', async () => {
    const r = reader(true);
    r.slow.set('f0', 5);
    const ahead = createReadAhead(paths(20), r.read, limits({ files: 4 }), r.clock);
    for (let i = 0; i < 20; i++) {
      expect((await ahead.take(i)).source).toBe(`f${i}`);
      // By the time file i is taken, the reads after it are already under way.
      if (i < 16) expect(r.started).toContain(`f${i + 4}`);
    }
    expect(r.started).toEqual(['*f0', ...Array.from({ length: 19 }, (_, i) => `f${i + 1}`)]);
  });

  it('switches only after `slowInARow` slow reads in a row, and back after one slow probe', async () => {
    const r = reader(true);
    for (const f of ['f0', 'f1', 'f3', 'f4', 'f5', 'f9']) r.slow.set(f, 5);
    const ahead = createReadAhead(paths(14), r.read, limits({ files: 2, slowInARow: 3, probeEvery: 2 }), r.clock);
    for (let i = 0; i < 14; i++) expect((await ahead.take(i)).source).toBe(`f${i}`);
    // f0, f1 slow, then f2 fast: no switch. f3-f5 slow: f6, f7 read ahead, f8 already under way
    // when f9 probes; f9 slow: f10, f11 ahead, f12 under way; f13 probes, fast.
    expect(r.started).toEqual([
      '*f0',
      '*f1',
      '*f2',
      '*f3',
      '*f4',
      '*f5',
      'f6',
      'f7',
      'f8',
      '*f9',
      'f10',
      'f11',
      'f12',
      '*f13',
    ]);
  });

  it('allows a read on the spot one more millisecond per megabyte it returns', async () => {
    const r = reader(true);
    r.sizes.set('f0', 2_000_000).set('f1', 10);
    r.slow.set('f0', 2.4).set('f1', 2.4);
    const ahead = createReadAhead(paths(10), r.read, limits({ slowMs: 0.5 }), r.clock);
    await ahead.take(0); // 2.4 ms for 2 MB: within 0.5 + 2
    expect(r.started).toEqual(['*f0']);
    await ahead.take(1); // 2.4 ms for 10 bytes: slow
    expect(r.started).toEqual(['*f0', '*f1', 'f2', 'f3', 'f4', 'f5']);
  });

  it('keeps at most `files` reads ahead of the taker', async () => {
    const r = reader();
    r.slow.set('f0', 5);
    const ahead = createReadAhead(paths(50), r.read, limits({ files: 3, bytes: 1e9 }), r.clock);
    await ahead.take(0);
    expect(r.started).toEqual(['*f0', 'f1', 'f2', 'f3']);
    const second = ahead.take(1);
    expect(r.started).toEqual(['*f0', 'f1', 'f2', 'f3', 'f4']);
    r.finish('f1', 5);
    expect((await second).source).toBe('f1');
  });

  it('starts no new read while the bytes held ahead reach the limit', async () => {
    const r = reader();
    r.slow.set('f0', 5);
    const ahead = createReadAhead(paths(10), r.read, limits({ files: 3, bytes: 100 }), r.clock);
    await ahead.take(0);
    r.finish('f1', 1);
    r.finish('f2', 300); // read ahead, not yet taken: over the byte limit
    r.finish('f3', 1);
    await settle();
    expect((await ahead.take(1)).source).toBe('f1');
    expect(r.started).toEqual(['*f0', 'f1', 'f2', 'f3']); // a slot is free, but 301 bytes are held
    expect((await ahead.take(2)).source).toBe('f2');
    expect(r.started).toEqual(['*f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
  });

  it('reads on the spot again after `probeEvery` files from the reads ahead, and stays so if fast', async () => {
    const r = reader(true);
    r.slow.set('f0', 5);
    const ahead = createReadAhead(paths(12), r.read, limits({ files: 2, probeEvery: 3 }), r.clock);
    for (let i = 0; i < 12; i++) expect((await ahead.take(i)).source).toBe(`f${i}`);
    // f1-f3 taken from the reads ahead; f4 was already under way; f5 probes and is fast.
    expect(r.started).toEqual(['*f0', 'f1', 'f2', 'f3', 'f4', '*f5', '*f6', '*f7', '*f8', '*f9', '*f10', '*f11']);
  });

  it('passes a failed read to its taker and never reads other kinds of input', async () => {
    const planned: PlannedInput[] = [
      { kind: 'url', url: 'https://example.org/a' },
      { kind: 'path', path: 'bad' },
      { kind: 'stdin' },
      { kind: 'failure', source: 'x', reason: 'unsupported URL scheme' },
      { kind: 'path', path: 'good' },
    ];
    const started: string[] = [];
    let now = 0;
    const ahead = createReadAhead(
      planned,
      (path) => {
        started.push(path);
        now += 5; // slow: reads ahead from here on
        return Promise.resolve(
          path === 'bad'
            ? { ok: false, source: path, reason: 'no such file' }
            : { ok: true, source: path, bytes: new Uint8Array(1) },
        );
      },
      limits({ files: 8 }),
      () => now,
    );
    expect(await ahead.take(1)).toEqual({ ok: false, source: 'bad', reason: 'no such file' });
    expect(started).toEqual(['bad', 'good']);
    expect((await ahead.take(4)).ok).toBe(true);
    expect(started).toEqual(['bad', 'good']);
    expect(() => ahead.take(2)).toThrow(/expected a planned path at 2, got stdin/);
  });
});
