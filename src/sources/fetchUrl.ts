// Fetches one http(s) URL with Node's fetch: redirects followed by hand (at most `maxRedirects`,
// loops detected), one timeout for the whole exchange including the body, and the body read as a
// stream that is cancelled as soon as it passes the size cap. Never throws: every problem is a
// short reason ("HTTP 500", "timed out after 15 s", "too large: ...").

export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  signal?: AbortSignal;
}

export type FetchResult =
  { ok: true; url: string; bytes: Uint8Array; contentType: string | null } | { ok: false; url: string; reason: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/xml;q=0.9, */*;q=0.8';

function tooLarge(maxBytes: number, size?: number): string {
  return size === undefined
    ? `too large: more than ${maxBytes} bytes (limit ${maxBytes})`
    : `too large: ${size} bytes (limit ${maxBytes})`;
}

/** A reason for a rejected fetch: timeout, cancellation, or the network error's code. */
function describeFetchError(err: unknown, timeoutMs: number): string {
  const name = err instanceof Error ? err.name : '';
  if (name === 'TimeoutError') return `timed out after ${timeoutMs / 1000} s`;
  if (name === 'AbortError') return 'aborted';
  const cause = err instanceof Error ? (err.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return `cannot fetch (${cause.code})`;
  const message = cause && typeof cause.message === 'string' ? cause.message : err instanceof Error ? err.message : '';
  return `cannot fetch (${message.slice(0, 200) || 'unknown error'})`;
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

async function fetchOnce(url: string, opts: FetchOptions, signal: AbortSignal): Promise<FetchResult> {
  const seen = new Set<string>();
  let current = url;
  for (let redirects = 0; ; redirects++) {
    seen.add(current);
    const res = await fetch(current, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': opts.userAgent, accept: ACCEPT },
    });
    const location = res.headers.get('location');
    if (REDIRECTS.has(res.status) && location !== null) {
      await res.body?.cancel().catch(() => undefined);
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return { ok: false, url, reason: `redirect to an unsupported URL (${next.protocol})` };
      }
      if (seen.has(next.href)) return { ok: false, url, reason: 'redirect loop' };
      if (redirects >= opts.maxRedirects) {
        return { ok: false, url, reason: `too many redirects (more than ${opts.maxRedirects})` };
      }
      current = next.href;
      continue;
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, url, reason: `HTTP ${res.status}` };
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, url, reason: tooLarge(opts.maxBytes, declared) };
    }
    const bytes = res.body ? await readCapped(res.body, opts.maxBytes) : new Uint8Array(0);
    if (bytes === null) return { ok: false, url, reason: tooLarge(opts.maxBytes) };
    return { ok: true, url: current, bytes, contentType: res.headers.get('content-type') };
  }
}

export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, url, reason: 'invalid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, url, reason: `unsupported URL scheme (${parsed.protocol})` };
  }
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  try {
    return await fetchOnce(parsed.href, opts, signal);
  } catch (err) {
    return { ok: false, url, reason: describeFetchError(err, opts.timeoutMs) };
  }
}
