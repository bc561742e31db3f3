// Bytes → string. UTF-8 (with or without BOM), UTF-16 with BOM, and a Windows-1252 fallback for
// files that are clearly single-byte (no well-formed multi-byte UTF-8 anywhere).
import type { Diagnostic } from '../doc.ts';
import { scanUtf8 } from './utf8.ts';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; diagnostics: Diagnostic[] }
  | { ok: false; reason: string };

// Windows-1252: Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls
// (ISO-8859-1 behaviour, e.g. 0x92 → U+0092 instead of U+2019), so the 32 bytes that differ
// from Latin-1 are mapped by table. Everything else is the code point of the byte.

/** Code points for bytes 0x80–0x9F; the five undefined bytes map to their C1 control. */
// prettier-ignore
const HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 80–87
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, // 88–8F
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 90–97
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178, // 98–9F
];

/** Decodes `bytes` as Windows-1252. Linear; builds the string in chunks to bound memory churn. */
export function decodeCp1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** UTF-16 in the given byte order, BOM at 0–1 skipped; reports the first unpaired surrogate. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): DecodeResult {
  const label = littleEndian ? 'utf-16le' : 'utf-16be';
  if (bytes.length % 2 !== 0) return { ok: false, reason: `invalid UTF-16: odd length (${bytes.length} bytes)` };
  const units = (bytes.length - 2) / 2;
  const codes = new Uint16Array(units);
  for (let k = 0; k < units; k++) {
    const i = 2 + 2 * k;
    codes[k] = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  }
  for (let k = 0; k < units; k++) {
    const c = codes[k]!;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = codes[k + 1];
      if (next !== undefined && next >= 0xdc00 && next <= 0xdfff) {
        k++;
        continue;
      }
    } else if (c < 0xdc00 || c > 0xdfff) continue;
    return { ok: false, reason: `invalid UTF-16 at byte ${2 + 2 * k}` };
  }
  const parts: string[] = [];
  for (let k = 0; k < units; k += 8192) parts.push(String.fromCharCode(...codes.subarray(k, k + 8192)));
  const diagnostics: Diagnostic[] = [
    { stage: 'ingest', rule: 'encoding', reason: `decoded as ${label.toUpperCase()}`, severity: 'info' },
  ];
  return { ok: true, text: parts.join(''), encoding: label, diagnostics };
}

/**
 * Decodes `bytes` to a string. A UTF-8 BOM is stripped; UTF-16 with a BOM is decoded; otherwise
 * valid UTF-8 is decoded as such. Invalid UTF-8 becomes Windows-1252 only if the file has no
 * well-formed multi-byte sequence and every high byte is defined in Windows-1252; otherwise it is
 * rejected with the offset of the first bad byte. Never throws; linear in the input.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) {
    return { ok: false, reason: 'unsupported encoding (UTF-32)' };
  }
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return { ok: false, reason: 'unsupported encoding (UTF-32)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false);

  const start = hasUtf8Bom(bytes) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: utf8Fatal.decode(body), encoding: 'utf-8', diagnostics: [] };
  } catch {
    // Not valid UTF-8: fall through to the byte-level scan.
  }
  const scan = scanUtf8(bytes, start);
  if (scan.firstInvalid < 0) {
    // The native decoder disagreed with the scan; trust the scan and decode leniently.
    return {
      ok: true,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
      diagnostics: [],
    };
  }
  if (start === 0 && scan.multiByte === 0 && scan.cp1252Defined) {
    const diagnostics: Diagnostic[] = [
      { stage: 'ingest', rule: 'encoding', reason: 'decoded as Windows-1252', severity: 'info' },
    ];
    return { ok: true, text: decodeCp1252(bytes), encoding: 'windows-1252', diagnostics };
  }
  return { ok: false, reason: `invalid UTF-8 at byte ${scan.firstInvalid}` };
}
