// `sidelines people import FILE|-` and `sidelines people export`: the people registry as CSV
// (name, aliases '|'-separated, affiliation, office, from, to), so users can seed it with the
// officeholders they know before ingesting, and take out what the corpus taught it. Import is
// one transaction and additive; rows it cannot use are reported with their line number and make
// the exit code 1, the others are kept.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Io } from './config.ts';
import { resolveDbUrl } from './ingestConfig.ts';
import { EXIT_FAILED, EXIT_USAGE, withStore } from './openStoreFor.ts';
import { absoluteDbUrl } from './queryConfig.ts';

/** A registry file is small; anything larger is a wrong file. */
const MAX_CSV_BYTES = 20 * 1024 * 1024;

async function readCsv(path: string, io: Io): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_CSV_BYTES) throw new Error(`stdin: larger than ${MAX_CSV_BYTES} bytes`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  const file = resolve(io.cwd, path);
  const info = await stat(file);
  if (!info.isFile()) throw new Error(`${path}: not a file`);
  if (info.size > MAX_CSV_BYTES) throw new Error(`${path}: larger than ${MAX_CSV_BYTES} bytes`);
  return readFile(file, 'utf8');
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function registerPeopleCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const people = program.command('people').description('the people registry as CSV: import officeholders, export');
  const dbUrl = (options: { db?: string }) => absoluteDbUrl(resolveDbUrl(options.db, io.env), io.cwd);

  people
    .command('import')
    .description('add people, aliases and offices from CSV (columns name,aliases,affiliation,office,from,to)')
    .argument('<FILE>', "CSV file, or '-' for stdin")
    .option('--db <PATH|URL>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./sidelines.db)')
    .option('--json', 'print the result as JSON')
    .action(async (path: string, options: { db?: string; json?: boolean }) => {
      let text: string;
      try {
        text = await readCsv(path, io);
      } catch (err) {
        io.stderr.write(`sidelines: people import: ${message(err)}\n`);
        return setCode(EXIT_USAGE);
      }
      const code = await withStore(dbUrl(options), io, { mustExist: false }, async (store) => {
        const result = await store.importPeopleCsv(text);
        if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          io.stdout.write(
            `${result.rows} rows: ${result.created} people added, ${result.updated} updated, ${result.skipped.length} skipped\n`,
          );
          for (const s of result.skipped) io.stderr.write(`sidelines: ${path}:${s.line}: ${s.reason}\n`);
        }
        return result.skipped.length ? EXIT_FAILED : 0;
      });
      setCode(code);
    });

  people
    .command('export')
    .description('print the registry as CSV in the import format, one row per office')
    .option('--db <PATH|URL>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./sidelines.db)')
    .action(async (options: { db?: string }) => {
      setCode(
        await withStore(dbUrl(options), io, { mustExist: true }, async (store) => {
          io.stdout.write(await store.exportPeopleCsv());
          return 0;
        }),
      );
    });
}
