// The edge of the query commands (`engagements`, `dossier`, `person`, `pair`, `search`): flags,
// arguments and environment are validated here, once, into a QueryConfig. Filter flags go
// through the same zod schemas as the HTTP API's query string, so both accept the same values.
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { parseStoreUrl } from '../store/connect.ts';
import type { EngagementFilter, TimelineOrder } from '../store/store.ts';
import {
  EngagementQuerySchema,
  PairParamSchema,
  PairQuerySchema,
  PartyParamSchema,
  PersonParamSchema,
  SearchQuerySchema,
  toEngagementFilter,
} from '../server/querySchemas.ts';
import type { Io } from './config.ts';
import { resolveDbUrl } from './ingestConfig.ts';

export type OutputFormat = 'table' | 'json' | 'csv';
export type Page = { limit: number; offset: number };

export type QueryConfig = {
  dbUrl: string;
  format: OutputFormat;
  color: boolean;
} & (
  | { command: 'engagements'; filter: EngagementFilter; page: Page }
  | { command: 'search'; q: string; page: Page }
  | { command: 'dossier'; party: string }
  | { command: 'person'; idOrName: string }
  | { command: 'pair'; a: string; b: string; page: Page & { order: TimelineOrder } }
);
export type QueryCommand = QueryConfig['command'];

const CommonOptions = z
  .object({
    db: z.string().trim().min(1, '--db: expected a path or a postgres:// URL').optional(),
    json: z.boolean().optional(),
    csv: z.boolean().optional(),
    color: z.boolean().optional(),
  })
  .loose()
  .refine((o) => !(o.json && o.csv), '--json and --csv cannot be combined');

/** A SQLite path relative to the cwd the user ran in (the store would resolve it against
 * process.cwd(), which a test's Io need not share); URLs and ':memory:' as given. */
export function absoluteDbUrl(url: string, cwd: string): string {
  const target = parseStoreUrl(url);
  if (target.backend !== 'sqlite' || target.path === ':memory:' || isAbsolute(target.path)) return url;
  return resolve(cwd, target.path);
}

/** Names a flag the way the user typed it: `q` → --query, `limit` → --limit. */
function flagIssues(error: z.ZodError, flags: Record<string, string>): string[] {
  return error.issues.map((i) => {
    const key = String(i.path[0] ?? '');
    const name = flags[key] ?? (key ? `--${key}` : '');
    return name ? `${name}: ${i.message}` : i.message;
  });
}

export class UsageError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('; '));
  }
}

function check<T>(schema: z.ZodType<T>, value: unknown, flags: Record<string, string>): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(flagIssues(parsed.error, flags));
  return parsed.data;
}

export function parseQueryConfig(command: QueryCommand, args: string[], rawOptions: unknown, io: Io): QueryConfig {
  const opts = check(CommonOptions, rawOptions ?? {}, {});
  const raw = (rawOptions ?? {}) as Record<string, unknown>;
  const envColor = !io.env.NO_COLOR && (io.stdout.isTTY === true || !!io.env.FORCE_COLOR);
  const base = {
    dbUrl: absoluteDbUrl(resolveDbUrl(opts.db, io.env), io.cwd),
    format: opts.json ? ('json' as const) : opts.csv ? ('csv' as const) : ('table' as const),
    color: opts.color !== false && envColor,
  };
  const pageFlags = { limit: raw.limit, offset: raw.offset };
  switch (command) {
    case 'engagements': {
      const { limit, offset, ...filters } = check(EngagementQuerySchema, { ...raw, q: raw.query }, { q: '--query' });
      return { ...base, command, page: { limit, offset }, filter: toEngagementFilter(filters) };
    }
    case 'search': {
      const { q, limit, offset } = check(SearchQuerySchema, { ...pageFlags, q: args.join(' ') }, { q: 'QUERY' });
      return { ...base, command, page: { limit, offset }, q };
    }
    case 'dossier': {
      const { party } = check(PartyParamSchema, { party: args[0] }, { party: 'PARTY' });
      return { ...base, command, party };
    }
    case 'person': {
      const { idOrName } = check(PersonParamSchema, { idOrName: args.join(' ') }, { idOrName: 'ID|NAME' });
      return { ...base, command, idOrName };
    }
    case 'pair': {
      const { a, b } = check(PairParamSchema, { a: args[0], b: args[1] }, { a: 'A', b: 'B' });
      const page = check(PairQuerySchema, { ...pageFlags, order: raw.order }, {});
      return { ...base, command, a, b, page };
    }
  }
}
