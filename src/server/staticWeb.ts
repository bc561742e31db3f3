// Serves the built web UI (web/dist) at `/`, after the API routes: files by name, and
// index.html for any other extension-less path that is not under /api, so the UI's own URLs
// (/dossier/VNM, /engagement/7?doc=3) can be shared and reloaded. When dist is missing the UI is
// built on the first request (esbuild, web/build/buildWeb.ts); if that fails, a 503 says how to
// build it. Files are read once into memory, gzipped when the client accepts it.
import type { Hono } from 'hono';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface WebUiOptions {
  /** Directory of the built UI (default web/dist). */
  root?: string;
  /** Build it when index.html is missing (default true). */
  buildIfMissing?: boolean;
  /** Where build progress and failures are reported (default stderr). */
  log?: (line: string) => void;
}

interface StaticFile {
  body: Uint8Array;
  gzip: Uint8Array | null;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** No inline script, no eval, no plugins, no framing; data comes from this origin only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_UI = /^\/(api(\/|$)|openapi\.json$|healthz$)/;

async function loadDist(root: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const name = full.slice(root.length).replace(/\\/g, '/').replace(/^\/*/, '');
    const body: Uint8Array<ArrayBuffer> = new Uint8Array(await readFile(full));
    const type = TYPES[extname(name)] ?? 'application/octet-stream';
    const gzip = /text|json|svg/.test(type) && body.length > 1024 ? new Uint8Array(gzipSync(body)) : null;
    files.set(name, { body, gzip, type, etag: `"${body.length.toString(36)}-${hash(body)}"` });
  }
  if (!files.has('index.html')) throw new Error(`${join(root, 'index.html')} is missing`);
  return files;
}

function hash(body: Uint8Array): string {
  let h = 2166136261;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ (body[i] ?? 0), 16777619);
  return (h >>> 0).toString(36);
}

async function prepare(root: string, buildIfMissing: boolean, log: (line: string) => void) {
  try {
    return await loadDist(root);
  } catch (missing) {
    if (!buildIfMissing) throw missing;
  }
  log(`sidelines: the web UI is not built; building it into ${root} ...`);
  const { buildWeb } = (await import('../../web/build/buildWeb.ts')) as typeof import('../../web/build/buildWeb.ts');
  await buildWeb({ outDir: root });
  log('sidelines: web UI built');
  return loadDist(root);
}

export function registerWebUi(app: Hono, options: WebUiOptions = {}): void {
  const root = options.root ?? WEB_DIST;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let ready: Promise<Map<string, StaticFile>> | null = null;
  const files = (): Promise<Map<string, StaticFile>> => {
    ready ??= prepare(root, options.buildIfMissing ?? true, log).catch((err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err);
      log(`sidelines: the web UI is unavailable: ${reason}`);
      ready = null;
      throw new Error(`The Sidelines web UI is not built (${reason}). Run: npm run build:web`);
    });
    return ready;
  };

  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (NOT_UI.test(path) || path.includes('..') || path.includes('\0')) return next();
    let all: Map<string, StaticFile>;
    try {
      all = await files();
    } catch (err) {
      return c.text(err instanceof Error ? err.message : String(err), 503);
    }
    const name = path.replace(/^\/+/, '');
    const file = all.get(name) ?? (extname(name) === '' ? all.get('index.html') : undefined);
    if (!file) return next();
    c.header('Content-Type', file.type);
    c.header('ETag', file.etag);
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    if (file.type.startsWith('text/html')) {
      c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      c.header('X-Frame-Options', 'DENY');
    }
    if (c.req.header('if-none-match') === file.etag) return c.body(null, 304);
    const gzip = file.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '') ? file.gzip : null;
    if (gzip) c.header('Content-Encoding', 'gzip');
    return c.body((gzip ?? file.body) as Uint8Array<ArrayBuffer>, 200);
  });
}
