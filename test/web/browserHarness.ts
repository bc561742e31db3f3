// End-to-end setup for the browser tests: a database filled by the real `ingest` command (the
// bundled samples plus the fixture articles), the real server (`sidelines serve`) over it with
// an API token, the built UI, and Debian's chromium driven by playwright-core with a fresh
// profile. Screenshots go to test-output/screenshots (UPDATE_SCREENSHOTS=1 also copies the
// 1280-wide ones to docs/screenshots for the README).
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildWeb, WEB_DIST, WEB_ROOT } from '../../web/build/buildWeb.ts';
import { BIN, ROOT, spawnServer, type Spawned } from '../server/spawnServer.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const TOKEN = 'web-test-token-0123456789';
export const SHOTS = join(ROOT, 'test-output', 'screenshots');
const DOC_SHOTS = join(ROOT, 'docs', 'screenshots');
const run = promisify(execFile);

/** Why the browser tests cannot run here, or false. In CI (CI=true) they never skip. */
export const skipBrowser: string | false =
  existsSync(CHROMIUM) || process.env.CI === 'true'
    ? false
    : `${CHROMIUM} is not installed (apt-get install -y chromium); the browser tests run in CI`;

export interface Stack {
  server: Spawned;
  context: BrowserContext;
  /** Uncaught page errors seen so far (a working UI has none). */
  pageErrors: string[];
  newPage(width?: number): Promise<Page>;
  stop(): Promise<void>;
}

export function fixtureArticles(): string[] {
  const dir = join(ROOT, 'test', 'fixtures');
  return readdirSync(dir)
    .sort()
    .flatMap((name) =>
      readdirSync(join(dir, name))
        .filter((f) => /^input\./.test(f))
        .map((f) => join(dir, name, f)),
    );
}

/** A database with the samples (and, unless `samplesOnly`, the fixture articles) ingested by the CLI. */
export async function buildDatabase(path: string, samplesOnly = false): Promise<void> {
  const inputs = [join(ROOT, 'samples'), ...(samplesOnly ? [] : fixtureArticles())];
  await run(process.execPath, [BIN, 'ingest', ...inputs, '--db', path, '--json'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '' },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((err: { stdout?: string; stderr?: string; code?: number }) => {
    // Exit 1 means some input failed; the rest is stored, which is all the tests need.
    if (err.code !== 1) throw new Error(`ingest failed (${err.code}): ${err.stderr ?? ''}`);
  });
}

/** True when web/dist is missing or older than a source file of the UI. */
function distIsStale(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const at = statSync(built).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? newer(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs > at,
    );
  return newer(join(WEB_ROOT, 'src')) || statSync(join(WEB_ROOT, 'index.html')).mtimeMs > at;
}

export async function startStack(): Promise<Stack> {
  if (distIsStale()) await buildWeb();
  const dir = mkdtempSync(join(tmpdir(), 'sidelines-web-'));
  const db = join(dir, 'web.db');
  await buildDatabase(db);
  const server = await spawnServer(['serve', '--port', '0', '--db', db], { env: { SIDELINES_API_TOKEN: TOKEN } });
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (err) {
    await server.stop();
    throw err;
  }
  const pageErrors: string[] = [];
  return {
    server,
    context,
    pageErrors,
    async newPage(width = 1280) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.setDefaultTimeout(15_000);
      return page;
    },
    async stop() {
      await context.close().catch(() => undefined);
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves `name`-WIDTH.png (the page, at most 2400 px tall). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 1280;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const file = join(SHOTS, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 2400) } });
  if (process.env.UPDATE_SCREENSHOTS === '1' && width === 1280) {
    mkdirSync(DOC_SHOTS, { recursive: true });
    copyFileSync(file, join(DOC_SHOTS, `${name}.png`));
  }
  return file;
}

/** Names of form controls on the page that have no label (none should). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, textarea')]
      .filter((el) => el.getAttribute('type') !== 'hidden')
      .filter((el) => {
        const labels = (el as HTMLInputElement).labels;
        return !(labels && labels.length > 0) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby');
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}
