// The `sidelines` command line. `main` never calls process.exit: it returns the exit code, so the
// bin script (and tests) decide what to do with it.
//   0  every input was processed
//   1  at least one input failed (each failure was reported on stderr)
//   2  usage error or an internal error outside any one input
// Each command's implementation is imported when it runs: a query does not load the pipeline and
// its knowledge base, nor the server; `--help` loads neither.
import { Command, CommanderError } from 'commander';
import { packageVersion, parseConfig, processIo, type Config, type Io, type RawInvocation } from './config.ts';
import { registerIngestCommands } from './registerIngestCommands.ts';
import { registerPeopleCommands } from './registerPeopleCommands.ts';
import { registerQueryCommands } from './registerQueryCommands.ts';

const EXIT_USAGE = 2;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const guarded = new WeakSet<object>();
/** Ignore EPIPE on stdout (e.g. `sidelines extract ... | head`) instead of crashing. */
function tolerateClosedPipe(io: Io): void {
  if (guarded.has(io.stdout)) return;
  guarded.add(io.stdout);
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}

function buildProgram(io: Io, run: (raw: RawInvocation) => Promise<void>): Command {
  const program = new Command('sidelines')
    .description('Extract diplomatic engagements (who met whom, when, where, about what) from news articles.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'sidelines: ')),
    });

  program
    .command('extract')
    .description('print the engagements found in each FILE (a table, or JSON with --json)')
    .argument('<FILE...>', 'article files (plain text or HTML); "-" reads stdin')
    .option('--json', 'print one JSON object {"documents": [...]} as in SCHEMA.md')
    .action(async (files: string[], options: unknown) => run({ command: 'extract', files, options }));

  return program;
}

async function dispatch(config: Config, io: Io): Promise<number> {
  switch (config.command) {
    case 'extract':
      return (await import('./commands/extract.ts')).runExtract(config, io);
  }
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  tolerateClosedPipe(io);
  const result = { code: 0 };
  let program: Command;
  try {
    program = buildProgram(io, async (raw) => {
      result.code = await dispatch(parseConfig(raw, io), io);
    });
    registerIngestCommands(program, io, (code) => {
      result.code = code;
    });
    registerQueryCommands(program, io, (code) => {
      result.code = code;
    });
    registerPeopleCommands(program, io, (code) => {
      result.code = code;
    });
  } catch (err) {
    io.stderr.write(`sidelines: ${message(err)}\n`);
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_USAGE;
    io.stderr.write(`sidelines: internal error: ${message(err)}\n`);
    return EXIT_USAGE;
  }
  return result.code;
}
