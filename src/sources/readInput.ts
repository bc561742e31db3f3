// Reads one local input (a path, or `-` for stdin) into bytes, refusing anything that is not a
// readable file or is over the size cap. Never throws: every problem becomes a one-line reason.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
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

/**
 * Reads `path` (or stdin for `-`). A regular file is stat'ed first and refused when it is over
 * `maxBytes`, so a huge file is never loaded; pipes and devices are read up to the cap.
 */
export async function readInput(path: string, maxBytes: number, stdin: Readable): Promise<Input> {
  if (path === STDIN_ARG) return readStreamCapped(STDIN_SOURCE, stdin, maxBytes);
  try {
    if (statSync(path).isFile()) return readRegularFile(path, maxBytes);
  } catch (err) {
    return { ok: false, source: path, reason: describeReadError(err) };
  }
  return readOther(path, maxBytes);
}

/**
 * A regular file, read synchronously: from the page cache that takes ~11 µs an article, where
 * four awaited trips through libuv's thread pool (open, stat, read, close) took ~200 µs of wall
 * time, and ~75 µs of CPU even when overlapped (measured on 20,000 generated articles). An
 * ingest reads one file at a time and has nothing else to do meanwhile.
 */
function readRegularFile(path: string, maxBytes: number): Input {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { ok: false, source: path, reason: describeReadError(err) };
  }
  try {
    // Stat'ed again through the descriptor: the path may have been replaced meanwhile.
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, source: path, reason: 'changed while being read' };
    if (stat.size > maxBytes) return tooLarge(path, stat.size, maxBytes);
    const bytes = readFileSync(fd);
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
    return { ok: true, source: path, bytes };
  } catch (err) {
    return { ok: false, source: path, reason: describeReadError(err) };
  } finally {
    closeSync(fd);
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
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, source: path, reason: 'is a directory' };
    if (!stat.isFile()) {
      return await readStreamCapped(path, handle.createReadStream({ autoClose: false }), maxBytes);
    }
    if (stat.size > maxBytes) return tooLarge(path, stat.size, maxBytes);
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
    return { ok: true, source: path, bytes };
  } catch (err) {
    return { ok: false, source: path, reason: describeReadError(err) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
