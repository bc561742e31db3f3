// Placeholder: decodes UTF-8 only. Replaced by the full ingest (encodings, HTML, limits).
import type { Diagnostic } from '../doc.ts';

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

export function ingest(input: IngestInput, limits: IngestLimits): IngestResult {
  if (input.bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (input.bytes.length > limits.maxBytes) return { ok: false, reason: 'too large' };
  const text = new TextDecoder('utf-8').decode(input.bytes).normalize('NFC').replace(/\r\n?/g, '\n');
  return { ok: true, text, title: null, published: null, format: 'text', diagnostics: [] };
}
