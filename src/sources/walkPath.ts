// Expands one path argument into the files to read. Directories are walked recursively in a
// deterministic order (names sorted by code point), hidden entries (".name") are skipped, and
// symbolic links are followed with the real path of every directory on the way down remembered,
// so a link back to an ancestor is reported as a loop instead of walked forever. A directory
// reached a second time through another link is not walked again (its files were already read).
// Never throws: unreadable entries come back as failures with a reason.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { describeReadError } from './readInput.ts';

export type PathEntry = { kind: 'file'; path: string } | { kind: 'failure'; source: string; reason: string };

function failure(source: string, reason: string): PathEntry {
  return { kind: 'failure', source, reason };
}

function errnoCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

/** stat() following links; a link to nowhere is reported as such rather than as "no such file". */
async function statEntry(path: string): Promise<Stats | PathEntry> {
  try {
    return await stat(path);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ELOOP') return failure(path, 'symlink loop (too many levels of symbolic links)');
    if (code === 'ENOENT') {
      const link = await lstat(path).catch(() => null);
      if (link?.isSymbolicLink()) return failure(path, 'broken symbolic link');
    }
    return failure(path, describeReadError(err));
  }
}

function specialKind(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

async function* walkDir(
  dir: string,
  real: string,
  ancestors: Set<string>,
  visited: Set<string>,
): AsyncGenerator<PathEntry> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    yield failure(dir, describeReadError(err));
    return;
  }
  const visible = names.filter((n) => !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (visible.length === 0) {
    yield failure(dir, names.length === 0 ? 'empty directory' : 'no files (hidden files are skipped)');
    return;
  }
  ancestors.add(real);
  for (const name of visible) {
    const path = join(dir, name);
    const s = await statEntry(path);
    if ('kind' in s) {
      yield s;
    } else if (s.isDirectory()) {
      yield* enterDir(path, ancestors, visited);
    } else if (s.isFile()) {
      yield { kind: 'file', path };
    } else {
      // Reading a pipe found in a directory could block forever; only regular files are read.
      yield failure(path, `${specialKind(s)}, not a regular file`);
    }
  }
  ancestors.delete(real);
}

async function* enterDir(path: string, ancestors: Set<string>, visited: Set<string>): AsyncGenerator<PathEntry> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (err) {
    yield failure(path, describeReadError(err));
    return;
  }
  if (ancestors.has(real)) {
    yield failure(path, `symlink loop (leads back to ${real})`);
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  yield* walkDir(path, real, ancestors, visited);
}

/**
 * The files under `path`, or `path` itself when it is not a directory. A path named on the
 * command line may be a pipe or a device (e.g. /dev/stdin): it is read like a stream.
 */
export async function* walkPath(path: string): AsyncGenerator<PathEntry> {
  const s = await statEntry(path);
  if ('kind' in s) {
    yield s;
    return;
  }
  if (s.isDirectory()) yield* enterDir(path, new Set(), new Set());
  else yield { kind: 'file', path };
}
