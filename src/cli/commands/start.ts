// `sidelines start` (what `npm start` runs until a store exists): `extract` with table output on
// the bundled sample articles. The samples folder is found from the package root, not the cwd.
import { readdir } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { SAMPLES_DIR, type Config, type Io } from '../config.ts';
import { reportFailure, runExtract } from './extract.ts';

const SAMPLE_EXTENSIONS = /\.(txt|html?)$/i;

/** A path as short as possible for display: relative to the cwd when the samples are below it. */
function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

export async function listSamples(dir: string, cwd: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => SAMPLE_EXTENSIONS.test(n))
    .sort()
    .map((n) => displayPath(join(dir, n), cwd));
}

export async function runStart(config: Config, io: Io): Promise<number> {
  let files: string[];
  try {
    files = await listSamples(SAMPLES_DIR, io.cwd);
  } catch (err) {
    reportFailure(io.stderr, SAMPLES_DIR, err instanceof Error ? err.message : String(err));
    return 1;
  }
  if (files.length === 0) {
    reportFailure(io.stderr, SAMPLES_DIR, 'no sample articles found');
    return 1;
  }
  return runExtract({ ...config, files, json: false }, io);
}
