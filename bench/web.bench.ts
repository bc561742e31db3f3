// Web UI benchmark (not a test): the JavaScript bundle size (raw and gzipped) and the time from
// navigation to a rendered dossier in headless chromium against `sidelines serve` on loopback.
// Usage: node --import tsx bench/web.bench.ts [--db PATH] [--party CODE] [--runs N] [--json]
// Without --db a database is built from the bundled samples in a temporary directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildDatabase, CHROMIUM } from '../test/web/browserHarness.ts';
import { spawnServer } from '../test/server/spawnServer.ts';
import { buildWeb } from '../web/build/buildWeb.ts';

const TARGET_GZIP_KB = 400;
const TARGET_DOSSIER_MS = 1000;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'].concat([
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

const args = process.argv.slice(2);
const arg = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 5);
const asJson = args.includes('--json');
const log = (s: string): void => void (asJson ? process.stderr.write(`${s}\n`) : console.log(s));
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const files = await buildWeb();
const js = files.find((f) => f.name === 'app.js');
const css = files.find((f) => f.name === 'app.css');
log(
  `bundle: app.js ${kb(js?.bytes ?? 0)} (${kb(js?.gzipBytes ?? 0)} gzipped), app.css ${kb(css?.bytes ?? 0)} (${kb(css?.gzipBytes ?? 0)} gzipped)`,
);

const tmp = mkdtempSync(join(tmpdir(), 'sidelines-webbench-'));
let db = arg('--db');
if (!db) {
  db = join(tmp, 'samples.db');
  await buildDatabase(db, true);
  log(`database: the bundled samples (${db})`);
} else log(`database: ${db}`);

const server = await spawnServer(['serve', '--port', '0', '--db', db]);
const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
  executablePath: CHROMIUM,
  headless: true,
  args: ARGS,
});
try {
  const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { documents: number; engagements: number };
  let party = arg('--party');
  if (!party) {
    const page = (await (await fetch(`${server.url}/api/engagements?limit=200`)).json()) as {
      items: { parties: string[] }[];
    };
    const counts = new Map<string, number>();
    for (const e of page.items) for (const p of e.parties) counts.set(p, (counts.get(p) ?? 0) + 1);
    party = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'VNM';
  }
  log(`corpus: ${stats.documents} documents, ${stats.engagements} engagements; dossier of ${party}`);

  const apiMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await (await fetch(`${server.url}/api/dossier/${party}`)).json();
    apiMs.push(performance.now() - t);
  }
  const timings: { cold: boolean; ms: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    if (i === 0) await context.clearCookies();
    await page.goto(`${server.url}/dossier/${party}`);
    await page.locator('[data-testid=dossier]').waitFor({ timeout: 60_000 });
    await page
      .locator('[data-testid=year-chart] canvas, [data-testid=dossier] .empty')
      .first()
      .waitFor({ timeout: 60_000 });
    // performance.now() counts from the start of the navigation.
    timings.push({ cold: i === 0, ms: await page.evaluate(() => performance.now()) });
    await page.close();
  }
  const warm = timings.filter((t) => !t.cold).map((t) => t.ms);
  const result = {
    bundleBytes: js?.bytes ?? 0,
    bundleGzipBytes: js?.gzipBytes ?? 0,
    cssGzipBytes: css?.gzipBytes ?? 0,
    documents: stats.documents,
    engagements: stats.engagements,
    party,
    dossierApiMedianMs: Math.round(median(apiMs)),
    dossierRenderColdMs: Math.round(timings[0]?.ms ?? NaN),
    dossierRenderWarmMedianMs: Math.round(median(warm.length ? warm : [timings[0]?.ms ?? NaN])),
  };
  if (asJson) console.log(JSON.stringify(result, null, 2));
  else {
    log(`GET /api/dossier/${party}: median ${result.dossierApiMedianMs} ms over ${runs}`);
    log(
      `navigation → rendered dossier: first load ${result.dossierRenderColdMs} ms, then median ${result.dossierRenderWarmMedianMs} ms (target ≤ ${TARGET_DOSSIER_MS} ms)`,
    );
    log(`bundle gzipped: ${kb(result.bundleGzipBytes)} (target ≤ ${TARGET_GZIP_KB} KB)`);
  }
} finally {
  await context.close();
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}
