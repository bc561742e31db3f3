// The CLI's bundle (scripts/buildCli.ts): bin/sidelines.js loads it only while it matches the
// sources (bin/freshBundle.js), and a bundle behaves as the sources do: the same ingest and
// queries, its files found where the sources keep them, its extraction worker started.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after as afterAll, describe, it } from 'node:test';
import { freshBundle } from '../../bin/freshBundle.js';
import { buildCli, ROOT } from '../../scripts/buildCli.ts';
import { expect } from '../expect.ts';

const temp = mkdtempSync(join(tmpdir(), 'sidelines-bundle-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('freshBundle', () => {
  const root = join(temp, 'root');
  const rootUrl = pathToFileURL(`${root}/`);
  const source = join(root, 'src', 'a.ts');
  const setUp = (): void => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, 'src'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(source, 'export const a = 1;\n');
    writeFileSync(join(root, 'dist', 'sidelines.mjs'), 'export {};\n');
    utimesSync(source, 1_700_000_000, 1_700_000_000);
    writeFileSync(
      join(root, 'dist', 'bundle.json'),
      JSON.stringify({ inputs: [{ path: 'src/a.ts', size: 20, mtimeMs: 1_700_000_000_000 }] }),
    );
  };

  it('gives the bundle while every input is as recorded', () => {
    setUp();
    expect(freshBundle(rootUrl)?.href).toBe(pathToFileURL(join(root, 'dist', 'sidelines.mjs')).href);
  });

  it('refuses a bundle whose source was edited, even to the same size, or removed', () => {
    setUp();
    writeFileSync(source, 'export const b = 1;\n');
    utimesSync(source, 1_700_000_000, 1_700_000_000);
    expect(freshBundle(rootUrl)).not.toBeNull(); // same size and time: what the stamp can tell
    utimesSync(source, 1_700_000_001, 1_700_000_001);
    expect(freshBundle(rootUrl)).toBeNull();
    setUp();
    writeFileSync(source, 'export const a = 12;\n');
    utimesSync(source, 1_700_000_000, 1_700_000_000);
    expect(freshBundle(rootUrl)).toBeNull();
    setUp();
    rmSync(source);
    expect(freshBundle(rootUrl)).toBeNull();
  });

  it('refuses a missing, unreadable or empty stamp, and a missing bundle', () => {
    setUp();
    rmSync(join(root, 'dist', 'sidelines.mjs'));
    expect(freshBundle(rootUrl)).toBeNull();
    setUp();
    writeFileSync(join(root, 'dist', 'bundle.json'), '{"inputs": [');
    expect(freshBundle(rootUrl)).toBeNull();
    setUp();
    writeFileSync(join(root, 'dist', 'bundle.json'), '{"inputs": []}');
    expect(freshBundle(rootUrl)).toBeNull();
    setUp();
    rmSync(join(root, 'dist', 'bundle.json'));
    expect(freshBundle(rootUrl)).toBeNull();
  });
});

describe('the bundle', () => {
  // Inside the checkout, as dist/ is: the bundle imports its packages from node_modules.
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const out = mkdtempSync(join(ROOT, 'test-output', 'bundle-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  /** Runs the CLI's main from the bundle in `out` (as bin/sidelines.js would) or from the sources. */
  const run = (from: 'bundle' | 'sources', args: string[]) => {
    const entry =
      from === 'bundle'
        ? pathToFileURL(join(out, 'sidelines.mjs')).href
        : pathToFileURL(join(ROOT, 'src', 'cli', 'bundleEntry.ts')).href;
    // A script file, not --eval: worker threads inherit the process's flags, --input-type included.
    const runner = join(out, 'run.mjs');
    writeFileSync(
      runner,
      'const cli = await import(process.argv[2]);\nprocess.exitCode = await cli.main(process.argv.slice(3));\n',
    );
    const r = spawnSync(
      process.execPath,
      [...(from === 'sources' ? ['--import', 'tsx'] : []), runner, entry, ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', DATABASE_URL: '' },
      },
    );
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const withoutTime = (stdout: string): unknown => {
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>;
    delete summary.seconds;
    delete summary.db;
    return summary;
  };

  it('is built from the sources it records', async () => {
    const inputs = await buildCli(out);
    const paths = inputs.map((i) => i.path);
    expect(paths).toContain('src/cli/main.ts');
    expect(paths).toContain('src/ingest/extractionWorkerMain.ts');
    // Packages by their package.json; native ones are not bundled.
    expect(paths).toContain('node_modules/kysely/package.json');
    expect(paths.filter((p) => p.includes('node_modules') && !p.endsWith('/package.json'))).toEqual([]);
    expect(paths.some((p) => p.includes('better-sqlite3'))).toBe(false);
  });

  it('ingests on a worker and answers queries as the sources do', () => {
    const results = (['bundle', 'sources'] as const).map((from) => {
      const db = join(temp, `${from}.db`);
      const ingest = run(from, ['ingest', 'samples', '--db', db, '--json', '--workers', '1']);
      expect({ from, code: ingest.code, stderr: ingest.stderr }).toEqual({ from, code: 0, stderr: '' });
      const dossier = run(from, ['dossier', 'VNM', '--db', db, '--json']);
      expect({ from, code: dossier.code }).toEqual({ from, code: 0 });
      return { summary: withoutTime(ingest.stdout), dossier: JSON.parse(dossier.stdout) as unknown };
    });
    const [bundle, sources] = results;
    expect((bundle?.summary as { new: number }).new).toBeGreaterThan(0);
    expect(bundle).toEqual(sources);
  });
});
