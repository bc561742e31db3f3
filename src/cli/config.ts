// The CLI's edge: command-line options, environment and streams are parsed here, once, into one
// validated Config that is passed explicitly to the commands. Nothing below reads process.* itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';

/** Inputs larger than this are refused before they are read (also the ingest limit). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** The package root, found from this file's location so it does not depend on the cwd. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled sample articles that `start` loads into an empty database. */
export const SAMPLES_DIR = join(PACKAGE_ROOT, 'samples');

export const ConfigSchema = z.object({
  command: z.enum(['extract']),
  /** Paths as given on the command line; `-` is stdin. */
  files: z.array(z.string().min(1)),
  json: z.boolean(),
  /** ANSI styling of the table output: only for a TTY, and never when NO_COLOR is set. */
  color: z.boolean(),
  maxBytes: z.number().int().positive(),
});
export type Config = z.infer<typeof ConfigSchema>;

const OptionsSchema = z.object({ json: z.boolean().optional() }).loose();
const EnvSchema = z
  .object({ NO_COLOR: z.string().optional(), FORCE_COLOR: z.string().optional() })
  .loose()
  .transform((env) => ({
    noColor: env.NO_COLOR !== undefined && env.NO_COLOR !== '',
    forceColor: env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0',
  }));

/** The streams and environment a run talks to; tests may pass their own. */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  stdin: Readable;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

export interface RawInvocation {
  command: Config['command'];
  files: string[];
  options: unknown;
}

export function parseConfig(raw: RawInvocation, io: Io): Config {
  const options = OptionsSchema.parse(raw.options ?? {});
  const env = EnvSchema.parse(io.env);
  const tty = io.stdout.isTTY === true;
  return ConfigSchema.parse({
    command: raw.command,
    files: raw.files,
    json: options.json ?? false,
    color: !env.noColor && (tty || env.forceColor),
    maxBytes: MAX_INPUT_BYTES,
  });
}

const PackageJsonSchema = z.object({ version: z.string() }).loose();

export function packageVersion(): string {
  const text = readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8');
  return PackageJsonSchema.parse(JSON.parse(text)).version;
}
