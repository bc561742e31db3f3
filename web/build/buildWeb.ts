// Builds the web UI into web/dist with esbuild's JS API: app.js (one ESM bundle: Preact, uPlot,
// d3-force, d3-geo, topojson-client and the map data), app.css and index.html. Run directly
// (`npm run build:web`, which `npm ci` runs as `prepare`) or imported by the server when dist is
// missing. Nothing is fetched at run time: the UI works offline.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { referencePlugin } from './referencePlugin.ts';

export const WEB_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');

export interface BuiltFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

export interface BuildOptions {
  outDir?: string;
  minify?: boolean;
}

async function sizeOf(path: string, name: string): Promise<BuiltFile> {
  const body = await readFile(path);
  return { name, bytes: (await stat(path)).size, gzipBytes: gzipSync(body, { level: 9 }).length };
}

/** Builds the UI; returns the files written with their raw and gzipped sizes. */
export async function buildWeb(options: BuildOptions = {}): Promise<BuiltFile[]> {
  const outDir = options.outDir ?? WEB_DIST;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: { app: join(WEB_ROOT, 'src', 'main.tsx') },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: options.minify ?? true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    plugins: [referencePlugin()],
    logLevel: 'warning',
    metafile: true,
  });
  const outputs = Object.keys(result.metafile.outputs);
  const hash = async (name: string): Promise<string> =>
    createHash('sha256')
      .update(await readFile(join(outDir, name)))
      .digest('hex')
      .slice(0, 10);
  const template = await readFile(join(WEB_ROOT, 'index.html'), 'utf8');
  const html = template
    .replace('__APP_JS__', `/app.js?v=${await hash('app.js')}`)
    .replace('__APP_CSS__', `/app.css?v=${await hash('app.css')}`);
  await writeFile(join(outDir, 'index.html'), html);
  const names = ['index.html', ...outputs.map((p) => p.slice(p.lastIndexOf('/') + 1))];
  return Promise.all(names.map((n) => sizeOf(join(outDir, n), n)));
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  buildWeb().then(
    (files) => {
      for (const f of files) console.log(`  ${f.name.padEnd(12)} ${kb(f.bytes).padStart(10)}  ${kb(f.gzipBytes)} gz`);
      console.log(`web UI built in ${Date.now() - started} ms → ${WEB_DIST}`);
    },
    (err: unknown) => {
      console.error(`sidelines: web build failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
