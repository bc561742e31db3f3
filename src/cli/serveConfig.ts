// The edge of `serve` and `start`: port, host, database and the API settings (token and CORS
// origins from the environment, never from argv where `ps` would show them) validated once.
import { z } from 'zod';
import { serverConfigFromEnv, ServerConfigSchema, type ServerConfig } from '../server/serverConfig.ts';
import { packageVersion, SAMPLES_DIR, type Io } from './config.ts';
import { resolveDbUrl } from './ingestConfig.ts';
import { absoluteDbUrl, UsageError } from './queryConfig.ts';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeConfig {
  command: 'serve' | 'start';
  dbUrl: string;
  port: number;
  host: string;
  server: ServerConfig;
  /** start: the bundled samples ingested into an empty database. */
  samplesDir: string;
}

const Port = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, 'expected a port number 0..65535 (0 picks a free port)')
  .transform(Number)
  .pipe(z.number().int().max(65535, 'expected a port number 0..65535'));

const OptionsSchema = z
  .object({
    db: z.string().trim().min(1, 'expected a path or a postgres:// URL').optional(),
    port: Port.optional(),
    host: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.:-]{1,253}$/, 'expected a host name or IP address')
      .optional(),
    corsOrigin: z.array(z.string()).optional(),
  })
  .loose();

const EnvSchema = z.object({ PORT: Port.optional() }).loose();

function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export function parseServeConfig(command: ServeConfig['command'], rawOptions: unknown, io: Io): ServeConfig {
  const opts = OptionsSchema.safeParse(rawOptions ?? {});
  if (!opts.success) {
    throw new UsageError(opts.error.issues.map((i) => `${flagName(String(i.path[0] ?? ''))}: ${i.message}`));
  }
  const env = EnvSchema.safeParse(io.env);
  if (!env.success) throw new UsageError(env.error.issues.map((i) => `PORT: ${i.message}`));
  const fromEnv = serverConfigFromEnv(io.env);
  const server = ServerConfigSchema.safeParse({
    ...fromEnv,
    corsOrigins: [...(fromEnv.corsOrigins ?? []), ...(opts.data.corsOrigin ?? [])],
    version: packageVersion(),
  });
  if (!server.success) {
    const names: Record<string, string> = { token: 'SIDELINES_API_TOKEN', corsOrigins: 'CORS origin' };
    throw new UsageError(
      server.error.issues.map((i) => `${names[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`),
    );
  }
  return {
    command,
    dbUrl: absoluteDbUrl(resolveDbUrl(opts.data.db, io.env), io.cwd),
    port: opts.data.port ?? env.data.PORT ?? DEFAULT_PORT,
    host: opts.data.host ?? DEFAULT_HOST,
    server: server.data,
    samplesDir: SAMPLES_DIR,
  };
}
