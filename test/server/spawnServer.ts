// Runs the real CLI (`node bin/sidelines.js serve|start ...`) as a child process and waits for
// the URL it prints, for end-to-end tests over loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'sidelines.js');

export interface Spawned {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Sends SIGTERM and resolves with the exit code (SIGKILL after 10 s). */
  stop(): Promise<number | null>;
}

const STARTUP_MS = 60_000;

export function spawnServer(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Spawned> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', DATABASE_URL: '', SIDELINES_API_TOKEN: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (err += s));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => {
      clearInterval(poll);
      void stop().then(() => reject(new Error(`${why}\nstdout: ${out}\nstderr: ${err}`)));
    };
    const timeout = setTimeout(() => fail('the server did not print its URL in time'), STARTUP_MS);
    const poll = setInterval(() => {
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearInterval(poll);
        clearTimeout(timeout);
        resolve({ child, url, stdout: () => out, stderr: () => err, stop });
      } else if (child.exitCode !== null) {
        clearTimeout(timeout);
        fail(`the server exited with ${child.exitCode}`);
      }
    }, 50);
  });
}
