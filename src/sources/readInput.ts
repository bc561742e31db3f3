// Reads one local input (a path, or `-` for stdin) into bytes, refusing anything that is not a
// readable file or is over the size cap. Never throws: every problem becomes a one-line reason.
import { closeSync, constants, fstatSync, openSync, read, readFileSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export const STDIN_ARG = '-';
export const STDIN_SOURCE = '<stdin>';

export type Input = { ok: true; source: string; bytes: Uint8Array } | { ok: false; source: string; reason: string };

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a parent is not a directory)',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENXIO: 'no such device',
  EIO: 'input/output error',
};

/** A short reason for a failed read, e.g. "no such file" for ENOENT. */
export function describeReadError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const known = ERRNO_REASONS[code];
  if (known) return known;
  if (code) return `cannot read (${code})`;
  return `cannot read (${err instanceof Error ? err.message : String(err)})`;
}

function tooLarge(source: string, size: number, maxBytes: number): Input {
  return { ok: false, source, reason: `too large: ${size} bytes (limit ${maxBytes})` };
}

/** Reads a stream of unknown length, stopping (and destroying it) as soon as it passes the cap. */
export async function readStreamCapped(
  source: string,
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Input> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf =
        typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      total += buf.length;
      if (total > maxBytes) {
        return { ok: false, source, reason: `too large: more than ${maxBytes} bytes (limit ${maxBytes})` };
      }
      chunks.push(buf);
    }
  } catch (err) {
    return { ok: false, source, reason: describeReadError(err) };
  }
  // A fresh, unpooled copy: the bytes outlive the chunks and may be viewed through `.buffer`.
  return { ok: true, source, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
}

export interface ReadOptions {
  /** Read a regular file's bytes on this thread instead of libuv's pool (see readRegularFile). */
  sync?: boolean;
}

/**
 * Reads `path` (or stdin for `-`). A regular file is stat'ed first and refused when it is over
 * `maxBytes`, so a huge file is never loaded; pipes and devices are read up to the cap.
 */
export async function readInput(
  path: string,
  maxBytes: number,
  stdin: Readable,
  options: ReadOptions = {},
): Promise<Input> {
  if (path === STDIN_ARG) return readStreamCapped(STDIN_SOURCE, stdin, maxBytes);
  try {
    if (statSync(path).isFile()) return readRegularFile(path, maxBytes, options.sync ?? false);
  } catch (err) {
    return { ok: false, source: path, reason: describeReadError(err) };
  }
  return readOther(path, maxBytes);
}

/** Linux only; 0 elsewhere. */
const NOATIME = constants.O_NOATIME ?? 0;

/**
 * Opens for reading without updating the file's access time where the system allows it (the
 * caller owns the file). Reading a corpus for the first time in a day otherwise writes every
 * file's inode: during an ingest, with SQLite's writes in the same journal, the first read of a
 * generated article took 0.5 ms on this thread, the next one 0.02 ms.
 */
function openWithoutAtime(path: string): number {
  if (!NOATIME) return openSync(path, 'r');
  try {
    return openSync(path, constants.O_RDONLY | NOATIME);
  } catch (err) {
    // EPERM: another user's file; the flag is only a saving
    if ((err as NodeJS.ErrnoException).code === 'EPERM') return openSync(path, 'r');
    throw err;
  }
}

/**
 * A regular file: opened, stat'ed and closed synchronously (~5 µs each from the cache), its bytes
 * read by one positional read, on this thread (`sync`) or on libuv's thread pool. From the page
 * cache the read on this thread is the cheapest: 20,000 generated articles took 12-15 µs a file,
 * and an ingest of 3,000 on one core spent 0.1-0.3 ms less an article than with reads on the pool
 * (best and median of 5 runs each), whose threads then take turns with the main thread there. A read that must wait for
 * the disk is better on the pool, ahead of the taker (readAhead.ts decides).
 */
function readRegularFile(path: string, maxBytes: number, sync: boolean): Promise<Input> {
  const failed = (err: unknown): Input => ({ ok: false, source: path, reason: describeReadError(err) });
  let fd: number;
  try {
    fd = openWithoutAtime(path);
  } catch (err) {
    return Promise.resolve(failed(err));
  }
  let size: number;
  try {
    // Stat'ed again through the descriptor: the path may have been replaced meanwhile.
    const stat = fstatSync(fd);
    const refused: Input | null = !stat.isFile()
      ? { ok: false, source: path, reason: 'changed while being read' }
      : stat.size > maxBytes
        ? tooLarge(path, stat.size, maxBytes)
        : null;
    if (refused) {
      closeQuietly(fd);
      return Promise.resolve(refused);
    }
    size = stat.size;
  } catch (err) {
    closeQuietly(fd);
    return Promise.resolve(failed(err));
  }
  // One byte more than stat'ed, to see whether the file grew meanwhile.
  const buffer = Buffer.allocUnsafeSlow(size + 1);
  const finish = (err: unknown, got: number): Input => {
    try {
      if (err) return failed(err);
      if (got <= size) return { ok: true, source: path, bytes: buffer.subarray(0, got) };
      // It grew: read it whole as it is now (a positional read left the offset at 0).
      const bytes = readFileSync(fd);
      return bytes.length > maxBytes ? tooLarge(path, bytes.length, maxBytes) : { ok: true, source: path, bytes };
    } catch (e) {
      return failed(e);
    } finally {
      closeQuietly(fd);
    }
  };
  if (sync) {
    let got = 0;
    try {
      got = readSync(fd, buffer, 0, size + 1, 0);
    } catch (err) {
      return Promise.resolve(finish(err, 0));
    }
    return Promise.resolve(finish(null, got));
  }
  return new Promise((resolve) => read(fd, buffer, 0, size + 1, 0, (err, got) => resolve(finish(err, got))));
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing was written: a failed close loses nothing.
  }
}

/** A directory, pipe or device: opened without blocking the thread (a named pipe's open waits
 * for a writer), and read as a stream up to the cap. */
async function readOther(path: string, maxBytes: number): Promise<Input> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    return { ok: false, source: path, reason: describeReadError(err) };
  }
  try {
    if ((await handle.stat()).isDirectory()) return { ok: false, source: path, reason: 'is a directory' };
    // A path that became a regular file since readInput's stat is streamed too, under the same cap.
    return await readStreamCapped(path, handle.createReadStream({ autoClose: false }), maxBytes);
  } catch (err) {
    return { ok: false, source: path, reason: describeReadError(err) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
