// src/sources/readAhead.ts with a controllable reader: reads start ahead of the taker within the
// file and byte limits, each file is read once and handed to the right index, failures reach the
// taker, and non-path inputs are never read.
import { describe, it } from 'node:test';
import type { PlannedInput } from '../../src/sources/expandInputs.ts';
import { createReadAhead } from '../../src/sources/readAhead.ts';
import type { Input } from '../../src/sources/readInput.ts';
import { expect } from '../expect.ts';

interface Reader {
  read: (path: string) => Promise<Input>;
  started: string[];
  finish: (path: string, size: number) => void;
}

/** Reads that end only when the test says so (or at once with `instant`). */
function reader(instant = false): Reader {
  const waiting = new Map<string, (got: Input) => void>();
  const started: string[] = [];
  return {
    started,
    read: (path) => {
      started.push(path);
      if (instant) return Promise.resolve({ ok: true, source: path, bytes: new Uint8Array(10) });
      return new Promise((resolve) => waiting.set(path, resolve));
    },
    finish: (path, size) => waiting.get(path)?.({ ok: true, source: path, bytes: new Uint8Array(size) }),
  };
}

const paths = (n: number): PlannedInput[] => Array.from({ length: n }, (_, i) => ({ kind: 'path', path: `f${i}` }));
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('read-ahead of local files', () => {
  it('hands each index its own file, reading each once, ahead of the taker', async () => {
    const r = reader(true);
    const ahead = createReadAhead(paths(20), r.read, { files: 4, bytes: 1000 });
    for (let i = 0; i < 20; i++) {
      const got = await ahead.take(i);
      expect(got.source).toBe(`f${i}`);
      // By the time file i is taken, the reads after it are already under way.
      if (i < 16) expect(r.started).toContain(`f${i + 4}`);
    }
    expect(r.started).toEqual(paths(20).map((p) => (p.kind === 'path' ? p.path : '')));
  });

  it('keeps at most `files` reads ahead of the taker', async () => {
    const r = reader();
    const ahead = createReadAhead(paths(50), r.read, { files: 3, bytes: 1e9 });
    const first = ahead.take(0);
    expect(r.started).toEqual(['f0', 'f1', 'f2', 'f3']);
    r.finish('f0', 5);
    expect((await first).source).toBe('f0');
    void ahead.take(1);
    expect(r.started).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
  });

  it('starts no new read while the bytes held ahead reach the limit', async () => {
    const r = reader();
    const ahead = createReadAhead(paths(10), r.read, { files: 3, bytes: 100 });
    const first = ahead.take(0);
    r.finish('f0', 1);
    await first;
    r.finish('f1', 1);
    r.finish('f2', 300); // read ahead, not yet taken: over the byte limit
    r.finish('f3', 1);
    await settle();
    expect((await ahead.take(1)).source).toBe('f1');
    expect(r.started).toEqual(['f0', 'f1', 'f2', 'f3']); // a slot is free, but 301 bytes are held
    expect((await ahead.take(2)).source).toBe('f2');
    expect(r.started).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
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
    const ahead = createReadAhead(
      planned,
      (path) => {
        started.push(path);
        return Promise.resolve(
          path === 'bad'
            ? { ok: false, source: path, reason: 'no such file' }
            : { ok: true, source: path, bytes: new Uint8Array(1) },
        );
      },
      { files: 8, bytes: 1000 },
    );
    expect(await ahead.take(1)).toEqual({ ok: false, source: 'bad', reason: 'no such file' });
    expect(started).toEqual(['bad', 'good']);
    expect((await ahead.take(4)).ok).toBe(true);
    expect(started).toEqual(['bad', 'good']);
    expect(() => ahead.take(2)).toThrow(/expected a planned path at 2, got stdin/);
  });
});
