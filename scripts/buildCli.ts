// Bundles the CLI into dist/ with esbuild: dist/sidelines.mjs (the commands, each a chunk loaded
// when it runs) and dist/extractionWorker.mjs (an extraction worker thread), with the packages
// they use except native addons. Run as `npm run build:cli`, which `npm ci` runs as part of
// `prepare`. bin/sidelines.js loads the bundle when it is fresh (bin/freshBundle.js), and the
// TypeScript sources through tsx otherwise.
// Why: tsx transpiles ~180 modules through a loader thread on every start, and Node then loads
// ~1,000 more from node_modules one by one; a query spent ~2 s of its ~2.5 s starting.
import { build, type Plugin } from 'esbuild';
import { readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** What bin/freshBundle.js reads: the bundle's inputs as they were when it was built. */
export const STAMP = 'bundle.json';

/** Imported at run time from node_modules, not bundled. */
const EXTERNAL = ['better-sqlite3', 'pg-native', 'esbuild', 'tsx'];

export interface BundleInput {
  /** Relative to the package root, with forward slashes. */
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * A module that finds files next to itself (`new URL('./data/x.json', import.meta.url)`) would
 * look next to the bundle instead: each `import.meta.url` of a source file becomes that file's
 * own URL, written relative to the bundle so the checkout can move.
 */
function sourceUrls(outDir: string): Plugin {
  return {
    name: 'source-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const rel = relative(outDir, args.path).split('\\').join('/');
        return {
          contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`),
          loader: 'ts',
        };
      });
    },
  };
}

/** Builds the bundle into `outDir` (default dist/); returns the inputs it recorded. */
export async function buildCli(outDir: string = DIST): Promise<BundleInput[]> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const pool = join(ROOT, 'src', 'ingest');
  const result = await build({
    entryPoints: {
      sidelines: join(ROOT, 'src', 'cli', 'bundleEntry.ts'),
      extractionWorker: join(ROOT, 'src', 'ingest', 'extractionWorkerMain.ts'),
    },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages are bundled too: loading them module by module (zod, kysely, pg...) was half of a
    // query's start. Left out: native addons, the build tools, and pg's optional native driver.
    external: [...EXTERNAL],
    // Bundled CommonJS packages require Node's modules; an ES module has no `require` of its own.
    banner: {
      js: "import { createRequire as __sidelinesRequire } from 'node:module';\nconst require = __sidelinesRequire(import.meta.url);",
    },
    // Commands are imported when they run (main.ts): each becomes a chunk, loaded on demand.
    // Chunks stay next to the entries, where the rewritten URLs below are relative to.
    splitting: true,
    chunkNames: '[name]-[hash]',
    // extractionPool.ts starts the bundled worker, found from its own (rewritten) URL.
    define: {
      SIDELINES_WORKER_BUNDLE: JSON.stringify(
        relative(pool, join(outDir, 'extractionWorker.mjs')).split('\\').join('/'),
      ),
    },
    plugins: [sourceUrls(outDir)],
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: 'warning',
  });
  // A package is recorded by its package.json (its version), not file by file: a query's start
  // would stat ~1,200 files instead of ~230.
  const paths = new Set<string>();
  for (const path of Object.keys(result.metafile.inputs)) {
    const pkg = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
    paths.add(pkg ? `${pkg[1]}/package.json` : path);
  }
  const inputs: BundleInput[] = [];
  for (const path of paths) {
    const abs = join(ROOT, path);
    const s = await stat(abs);
    inputs.push({ path: relative(ROOT, abs).split('\\').join('/'), size: s.size, mtimeMs: s.mtimeMs });
  }
  inputs.sort((a, b) => a.path.localeCompare(b.path));
  // Written last: a build that failed halfway leaves no stamp, so nothing loads it.
  await writeFile(join(outDir, STAMP), JSON.stringify({ inputs }));
  return inputs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const inputs = await buildCli();
  const bytes = (await stat(join(DIST, 'sidelines.mjs'))).size;
  console.log(
    `built ${relative(ROOT, DIST)}/ (${inputs.length} sources and package manifests recorded) in ${Math.round(performance.now() - t0)} ms (sidelines.mjs ${Math.round(bytes / 1024)} KB)`,
  );
}
