// Runs the real CLI (node bin/sidelines.js) as a child process, asynchronously, so that a
// loopback server in the test process keeps answering while the child fetches from it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'sidelines.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  /** Called once the child exists (to signal or kill it). */
  onSpawn?: (child: ChildProcess) => void;
}

/** The environment children get: no colour, no DATABASE_URL unless a test sets one. */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  if (!('DATABASE_URL' in extra)) delete env.DATABASE_URL;
  return env;
}

export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: childEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
    opts.onSpawn?.(child);
  });
}

/** The --json summary a run printed (the last JSON line of stdout). */
export function summaryOf(r: CliResult): Summary {
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as Summary;
  } catch {
    throw new Error(`no JSON summary (exit ${r.code}):\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  }
}

export interface Summary {
  command: string;
  db: string;
  new: number;
  unchanged: number;
  newVersions: number;
  nearDuplicates: number;
  reextracted: number;
  failed: number;
  failures: { source: string; reason: string }[];
  skipped: number;
  skips: { source: string; reason: string; count: number }[];
  documents: number;
  engagements: number;
  seconds: number;
}
