// The HTTP API's settings, validated once at the edge (the CLI builds them from flags and the
// environment) and passed to createApp. Nothing in src/server reads process.env itself.
import { z } from 'zod';

/** Request bodies (and so ingested article text) larger than this are refused with 413. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Documents one POST /api/reextract call re-runs at most. */
export const DEFAULT_REEXTRACT_BATCH = 100;
export const MAX_REEXTRACT_BATCH = 1000;
/** A bearer token shorter than this is refused: it would be guessable. */
export const MIN_TOKEN_LENGTH = 16;

const Origin = z
  .string()
  .trim()
  .refine((s) => s === '*' || /^https?:\/\/[^/\s]+$/i.test(s), {
    message: 'a CORS origin is "*" or scheme://host[:port] without a path',
  });

export const ServerConfigSchema = z.object({
  /** Bearer token for the write endpoints; null disables them (403). */
  token: z
    .string()
    .min(MIN_TOKEN_LENGTH, `the API token must be at least ${MIN_TOKEN_LENGTH} characters`)
    .regex(/^[\x21-\x7e]+$/, 'the API token must be printable ASCII without spaces')
    .nullable()
    .default(null),
  /** Origins allowed to call the API from a browser; empty means no CORS headers at all. */
  corsOrigins: z.array(Origin).default([]),
  maxBodyBytes: z
    .number()
    .int()
    .positive()
    .max(64 * 1024 * 1024)
    .default(DEFAULT_MAX_BODY_BYTES),
  reextractBatch: z.number().int().min(1).max(MAX_REEXTRACT_BATCH).default(DEFAULT_REEXTRACT_BATCH),
  /** Shown in the OpenAPI document. */
  version: z.string().default('0.0.0'),
});

export type ServerConfig = z.infer<typeof ServerConfigSchema>;
export type ServerConfigInput = z.input<typeof ServerConfigSchema>;

/** Parses settings, filling defaults; throws a ZodError on invalid values. */
export function serverConfig(input: ServerConfigInput = {}): ServerConfig {
  return ServerConfigSchema.parse(input);
}

/** The environment variables the CLI reads for the API: SIDELINES_API_TOKEN and
 * SIDELINES_CORS_ORIGINS (comma-separated). Empty values count as unset. */
export function serverConfigFromEnv(env: Record<string, string | undefined>): ServerConfigInput {
  const token = env.SIDELINES_API_TOKEN?.trim();
  const origins = (env.SIDELINES_CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return { token: token ? token : null, corsOrigins: origins };
}
