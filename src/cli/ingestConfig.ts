// The edge of `ingest`, `reextract` and `watch`: their options and environment are parsed here,
// once, with zod, into an IngestConfig the commands receive. The database is --db, else
// DATABASE_URL, else ./sidelines.db; a relative SQLite path is resolved against the cwd.
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { parseStoreUrl } from '../store/connect.ts';
import { DEFAULT_DB } from '../store/store.ts';
import { DEFAULT_MAX_FEED_ITEMS, DEFAULT_TIMEOUT_MS } from '../sources/sourceItem.ts';
import { autoWorkerCount, MAX_WORKERS } from '../ingest/extractionLimits.ts';
import { defaultBatchSize } from '../ingest/saveBatcher.ts';
import { MAX_INPUT_BYTES, type Io } from './config.ts';

/** A batch waits in memory (texts and extractions) until its transaction. */
export const MAX_BATCH = 5000;

const DURATION = /^(\d+(?:\.\d+)?)\s*(s|m|h)$/i;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** "30s", "15m", "1.5h" → milliseconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m) return null;
  const ms = Number(m[1]) * (UNIT_MS[(m[2] ?? '').toLowerCase()] ?? NaN);
  return Number.isFinite(ms) && ms >= 1000 ? Math.round(ms) : null;
}

const Duration = z.string().transform((s, ctx) => {
  const ms = parseDuration(s);
  if (ms === null) {
    ctx.addIssue({
      code: 'custom',
      message: `--every: expected a duration of at least 1s like 30s, 15m or 1h, got "${s}"`,
    });
    return z.NEVER;
  }
  return ms;
});

const Count = (flag: string) =>
  z
    .string()
    .regex(/^\d+$/, `${flag}: expected a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${flag}: must be at least 1`).max(1_000_000));

/** A count, or 'auto': cores - 1 (see ../ingest/extractionLimits.ts), started after a threshold. */
const Workers = z.string().transform((s, ctx): number | 'auto' => {
  if (s === 'auto') return s;
  if (!/^\d+$/.test(s) || Number(s) > MAX_WORKERS) {
    ctx.addIssue({
      code: 'custom',
      message: `--workers: expected auto or a whole number from 0 to ${MAX_WORKERS}, got "${s}"`,
    });
    return z.NEVER;
  }
  return Number(s);
});

const Seconds = z
  .string()
  .regex(/^\d+(\.\d+)?$/, '--timeout: expected a number of seconds')
  .transform((s) => Math.round(Number(s) * 1000))
  .pipe(z.number().int().min(1, '--timeout: must be more than 0').max(3_600_000, '--timeout: at most 3600 seconds'));

const OptionsSchema = z
  .object({
    db: z.string().trim().min(1, '--db: expected a path or a postgres:// URL').optional(),
    json: z.boolean().optional(),
    timeout: Seconds.optional(),
    maxFeedItems: Count('--max-feed-items').optional(),
    batch: Count('--batch')
      .pipe(z.number().max(MAX_BATCH, `--batch: at most ${MAX_BATCH}`))
      .optional(),
    workers: Workers.optional(),
    every: Duration.optional(),
    once: z.boolean().optional(),
  })
  .loose();

const EnvSchema = z.object({ DATABASE_URL: z.string().optional() }).loose();

export const IngestConfigSchema = z.object({
  command: z.enum(['ingest', 'reextract', 'watch']),
  /** Paths, URLs or `-`, as given. */
  inputs: z.array(z.string().min(1)),
  dbUrl: z.string().min(1),
  json: z.boolean(),
  /** A progress bar on stderr: only on a terminal, never with --json. */
  progress: z.boolean(),
  maxBytes: z.number().int().positive(),
  timeoutMs: z.number().int().positive(),
  maxFeedItems: z.number().int().positive(),
  /** Documents saved per transaction (see ../ingest/saveBatcher.ts). */
  batch: z.number().int().positive(),
  /** Worker threads that extract while this thread stores (0: extract here only). */
  workers: z.number().int().min(0),
  /** --workers N: the workers start at the first document and every document waits for them;
   * with --workers auto they start after WORKERS_START_AFTER documents (extracted here meanwhile). */
  workersAsked: z.boolean(),
  /** watch: time between polls; once: stop after the first. */
  everyMs: z.number().int().positive(),
  once: z.boolean(),
});
export type IngestConfig = z.infer<typeof IngestConfigSchema>;

export const DEFAULT_EVERY_MS = 15 * 60_000;

/** The database a command uses: --db, else a non-empty DATABASE_URL, else ./sidelines.db. */
export function resolveDbUrl(db: string | undefined, env: Record<string, string | undefined>): string {
  const fromEnv = EnvSchema.parse(env).DATABASE_URL?.trim();
  return db ?? (fromEnv ? fromEnv : DEFAULT_DB);
}

/** A relative SQLite path made absolute against `cwd` (Io's, which tests may set). */
function absoluteSqlite(url: string, cwd: string): string {
  const target = parseStoreUrl(url);
  if (target.backend !== 'sqlite' || target.path === ':memory:' || isAbsolute(target.path)) return url;
  return resolve(cwd, target.path);
}

export function parseIngestConfig(
  command: IngestConfig['command'],
  inputs: string[],
  rawOptions: unknown,
  io: Io,
): IngestConfig {
  const options = OptionsSchema.parse(rawOptions ?? {});
  const json = options.json ?? false;
  const stderrTty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const dbUrl = absoluteSqlite(resolveDbUrl(options.db, io.env), io.cwd);
  return IngestConfigSchema.parse({
    command,
    inputs,
    dbUrl,
    json,
    progress: stderrTty && !json,
    maxBytes: MAX_INPUT_BYTES,
    timeoutMs: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxFeedItems: options.maxFeedItems ?? DEFAULT_MAX_FEED_ITEMS,
    batch: options.batch ?? defaultBatchSize(parseStoreUrl(dbUrl).backend),
    // One thread by default: a worker adds ~120 MB (its own modules and knowledge base), which
    // took a 100,000-article ingest past 400 MB of RSS; the speed is there to ask for.
    workers: options.workers === 'auto' ? autoWorkerCount(availableParallelism()) : (options.workers ?? 0),
    workersAsked: typeof options.workers === 'number',
    everyMs: options.every ?? DEFAULT_EVERY_MS,
    once: options.once ?? false,
  });
}
