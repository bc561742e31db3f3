// Wires the query commands (`engagements`, `dossier`, `person`, `pair`, `search`) and the server
// commands (`serve`, `start`) into the commander program built in main.ts. Options are parsed
// once (queryConfig.ts, serveConfig.ts); a bad value is a usage error (exit 2). `serve` and
// `start` listen to SIGINT/SIGTERM for their run only, and turn them into a clean shutdown.
import type { Command } from 'commander';
import type { Io } from './config.ts';
import { EXIT_USAGE } from './openStoreFor.ts';
import { parseQueryConfig, UsageError, type QueryCommand } from './queryConfig.ts';
import { parseServeConfig, type ServeConfig } from './serveConfig.ts';

async function untilSignal(fn: (stop: AbortSignal) => Promise<number>): Promise<number> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await fn(controller.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

function common(cmd: Command): Command {
  return cmd
    .option('--db <PATH|URL>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./sidelines.db)')
    .option('--json', 'print JSON (the objects the HTTP API returns)')
    .option('--csv', 'print CSV')
    .option('--no-color', 'no ANSI styling in tables');
}

function paged(cmd: Command): Command {
  return cmd.option('--limit <N>', 'rows per page, 1..200 (default 50)').option('--offset <N>', 'rows to skip');
}

function serverOptions(cmd: Command): Command {
  return cmd
    .option('--db <PATH|URL>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./sidelines.db)')
    .option('--port <PORT>', 'TCP port; 0 picks a free one (default: $PORT, else 8080)')
    .option('--host <HOST>', 'address to listen on (default 127.0.0.1)')
    .option('--cors-origin <ORIGIN...>', 'allow browser calls from these origins (also $SIDELINES_CORS_ORIGINS)');
}

export function registerQueryCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const usage = (command: string, err: unknown): void => {
    if (!(err instanceof UsageError)) throw err;
    for (const m of err.messages) io.stderr.write(`sidelines: ${command}: ${m}\n`);
    setCode(EXIT_USAGE);
  };
  const query = async (command: QueryCommand, args: string[], options: unknown): Promise<void> => {
    try {
      const config = parseQueryConfig(command, args, options, io);
      const { runQuery } = await import('./commands/query.ts');
      setCode(await runQuery(config, io));
    } catch (err) {
      usage(command, err);
    }
  };
  const server = async (command: ServeConfig['command'], options: unknown): Promise<void> => {
    let config: ServeConfig;
    try {
      config = parseServeConfig(command, options, io);
    } catch (err) {
      return usage(command, err);
    }
    const run =
      command === 'serve'
        ? (await import('./commands/serve.ts')).runServe
        : (await import('./commands/start.ts')).runStart;
    setCode(await untilSignal((stop) => run(config, io, stop)));
  };

  paged(common(program.command('engagements').description('list engagements matching every given filter')))
    .option('--party <CODE>', 'a party that took part (ISO3 or organisation code)')
    .option('--pair <A,B>', 'two parties that both took part')
    .option('--person <ID|NAME>', 'a participant')
    .option('--type <TYPE>', 'meeting, call, visit, talks, conference, speech, interview')
    .option('--status <STATUS>', 'held or planned')
    .option('--topic <TOPIC>', 'a topic key, e.g. trade')
    .option('--occasion <WORDS>', 'words of the occasion')
    .option('--from <DATE>', 'on or after YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <DATE>', 'on or before YYYY, YYYY-MM or YYYY-MM-DD')
    .option('-q, --query <WORDS>', 'full-text search over the source articles')
    .action(async (options: unknown) => query('engagements', [], options));

  common(program.command('dossier').description("a party's record: counterparts, years, topics, requests, people"))
    .argument('<PARTY>', 'ISO3 country code or organisation code, e.g. VNM or ASEAN')
    .action(async (party: string, options: unknown) => query('dossier', [party], options));

  common(program.command('person').description('a person: offices over time, engagements, people met'))
    .argument('<ID|NAME...>', 'registry id or any known form of the name')
    .action(async (name: string[], options: unknown) => query('person', name, options));

  paged(
    common(program.command('pair').description('the timeline of engagements between two parties, a page at a time')),
  )
    .argument('<A>', 'first party code')
    .argument('<B>', 'second party code')
    .option('--order <asc|desc>', 'asc: oldest first (default); desc: newest first')
    .action(async (a: string, b: string, options: unknown) => query('pair', [a, b], options));

  paged(common(program.command('search').description('full-text search over the stored articles')))
    .argument('<QUERY...>', 'words that must all occur')
    .action(async (words: string[], options: unknown) => query('search', words, options));

  serverOptions(program.command('serve').description('serve the HTTP API (JSON, OpenAPI at /openapi.json)')).action(
    async (options: unknown) => server('serve', options),
  );

  serverOptions(
    program
      .command('start')
      .description('what `npm start` does: load the bundled samples into an empty database, then serve the API'),
  ).action(async (options: unknown) => server('start', options));
}
