// Ingest: raw bytes of one input → normalised text (plus title and publication date for HTML).
// Pure and total: no I/O, never throws, work bounded by the input size. Problems come back as
// { ok: false, reason }.
import type { Diagnostic } from '../doc.ts';
import { decode } from './decode.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { isBlank, normalizeText } from './normalize.ts';
import { sniffBinary } from './sniff.ts';

export interface IngestInput {
  source: string;
  bytes: Uint8Array;
}

export interface IngestLimits {
  maxBytes: number;
}

export type IngestResult =
  | {
      ok: true;
      text: string;
      title: string | null;
      published: { value: string; rule: string } | null;
      format: 'text' | 'html';
      diagnostics: Diagnostic[];
    }
  | { ok: false; reason: string };

function run(bytes: Uint8Array, limits: IngestLimits): IngestResult {
  if (bytes.length > limits.maxBytes) {
    return { ok: false, reason: `too large: ${bytes.length} bytes (limit ${limits.maxBytes})` };
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, reason: binary };

  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const text = normalizeText(decoded.text);
  if (isBlank(text)) return { ok: false, reason: 'empty file' };

  if (looksLikeHtml(text)) {
    const html = htmlToText(text);
    if (!html.ok) return html;
    return {
      ok: true,
      text: html.text,
      title: html.title,
      published: html.published,
      format: 'html',
      diagnostics: [...decoded.diagnostics, ...html.diagnostics],
    };
  }
  return { ok: true, text, title: null, published: null, format: 'text', diagnostics: decoded.diagnostics };
}

/**
 * Turns the bytes of one input into normalised text. Checks, in order: size limit (before any
 * decoding), empty input, binary content (magic numbers, NULs, control characters), encoding
 * (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 fallback), blank text; then HTML is
 * reduced to its article, headline first (see html.ts).
 */
export function ingest(input: IngestInput, limits: IngestLimits): IngestResult {
  try {
    return run(input.bytes, limits);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: `could not ingest: ${message.slice(0, 200)}` };
  }
}
