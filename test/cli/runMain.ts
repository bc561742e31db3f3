// Runs the `sidelines` command line in-process through main(), with captured stdout/stderr, a
// given stdin and environment, in a given working directory.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export interface MainResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runMain(
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; stdin?: string },
): Promise<MainResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
  stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  const code = await main(args, { stdout, stderr, stdin, env: { NO_COLOR: '1', ...opts.env }, cwd: opts.cwd });
  return { code, stdout: out, stderr: err };
}
