// Wires `ingest`, `reextract` and `watch` into the commander program built in main.ts. Options
// are parsed once into an IngestConfig (ingestConfig.ts); a bad option value is a usage error
// (exit 2) with zod's message. `watch` is the one command that listens to SIGINT/SIGTERM: the
// handlers are installed for its run only and turn the signal into a clean stop.
import type { Command } from 'commander';
import { z } from 'zod';
import { MAX_AUTO_WORKERS, MAX_WORKERS, WORKERS_START_AFTER } from '../ingest/extractionLimits.ts';
import { DEFAULT_BATCH } from '../ingest/saveBatcher.ts';
import type { Io } from './config.ts';
import { MAX_BATCH, parseIngestConfig, type IngestConfig } from './ingestConfig.ts';

const EXIT_USAGE = 2;

async function withStopSignal<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
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

async function dispatch(config: IngestConfig, io: Io): Promise<number> {
  switch (config.command) {
    case 'ingest':
      return (await import('./commands/ingest.ts')).runIngest(config, io);
    case 'reextract':
      return (await import('./commands/reextract.ts')).runReextract(config, io);
    case 'watch': {
      const { runWatch } = await import('./commands/watch.ts');
      return withStopSignal((signal) => runWatch(config, io, signal));
    }
  }
}

function dbOption(cmd: Command): Command {
  return cmd
    .option('--db <PATH|URL>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./sidelines.db)')
    .option('--json', 'print the summary as one JSON object');
}

function fetchOptions(cmd: Command): Command {
  return cmd
    .option('--timeout <SECONDS>', 'per HTTP request (default 15)')
    .option('--max-feed-items <N>', 'items taken from one feed; the rest are reported as skipped (default 500)')
    .option(
      '--batch <N>',
      `documents saved per transaction (default ${DEFAULT_BATCH.maxDocuments}; at most ${MAX_BATCH})`,
    )
    .option(
      '--workers <N|auto>',
      `threads extracting while the main thread stores (default 0: main thread only; at most ${MAX_WORKERS}); auto: cores - 1, at most ${MAX_AUTO_WORKERS}, started after ${WORKERS_START_AFTER} documents`,
    );
}

export function registerIngestCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const run = async (command: IngestConfig['command'], inputs: string[], options: unknown): Promise<void> => {
    let config: IngestConfig;
    try {
      config = parseIngestConfig(command, inputs, options, io);
    } catch (err) {
      if (!(err instanceof z.ZodError)) throw err;
      for (const issue of err.issues) io.stderr.write(`sidelines: ${command}: ${issue.message}\n`);
      setCode(EXIT_USAGE);
      return;
    }
    setCode(await dispatch(config, io));
  };

  fetchOptions(
    dbOption(
      program
        .command('ingest')
        .description('store the engagements of files, directories (recursively), URLs and RSS/Atom feeds')
        .argument('<INPUT...>', 'file, directory, http(s) URL of an article or a feed; "-" reads stdin'),
    ),
  ).action(async (inputs: string[], options: unknown) => run('ingest', inputs, options));

  dbOption(
    program
      .command('reextract')
      .description('re-run the pipeline over stored documents a newer version would read differently'),
  ).action(async (options: unknown) => run('reextract', [], options));

  fetchOptions(
    dbOption(
      program
        .command('watch')
        .description('poll feeds (or any inputs) and ingest what is new, until SIGINT/SIGTERM')
        .argument('<FEED...>', 'RSS/Atom feed URLs (files and article URLs work too)')
        .option('--every <DURATION>', 'time between polls: 30s, 15m, 1h (default 15m)')
        .option('--once', 'poll once and exit with the ingest exit code'),
    ),
  ).action(async (inputs: string[], options: unknown) => run('watch', inputs, options));
}
