// Fingerprints of a document's text. The content hash is its identity: the same article saved
// twice, or fetched from two mirrors, hashes the same; normalising whitespace and Unicode first
// means a re-fetch that only changed line endings or indentation is still the same text.
//
// Near-duplicate detection for syndicated copies (same wire story, new headline, a line cut):
// a 64-bit simhash over word 3-shingles. Similar texts get hashes a few bits apart. To find
// them without scanning, the hash is cut into four 16-bit bands stored in indexed columns: two
// hashes within MAX_DISTANCE (< 4) bits must agree exactly on at least one band (pigeonhole).
import { createHash } from 'node:crypto';
import { fold } from '../text/fold.ts';

export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}

export const MAX_DISTANCE = 3;
/** Below this many words two unrelated short texts (a one-line brief) collide too easily. */
export const MIN_WORDS = 40;
const SHINGLE = 3;

export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Two independent 32-bit string hashes (FNV-1a style mixing with different seeds) of the
 * shingle w[from..from+count) joined by single spaces, computed without building the string.
 * A crypto hash per shingle would dominate ingest time; collisions only blur the simhash. */
function hashShingle(w: readonly string[], from: number, count: number, out: Uint32Array): void {
  let h1 = 0x811c9dc5 ^ 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let k = from; k < from + count; k++) {
    if (k > from) {
      h1 = Math.imul(h1 ^ 32, 2654435761);
      h2 = Math.imul(h2 ^ 32, 1597334677);
    }
    const s = w[k] ?? '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h1;
  out[1] = h2;
}

/** 64-bit simhash of the word shingles (from `words`), as 16 hex digits. A bit of the result is
 * set when more than half the shingles' hashes have it: set bits are counted (a loop over the
 * set bits only, about half of them), which is the same as summing ±1 per bit and cheaper. */
export function simhash(w: readonly string[]): string {
  const ones = new Int32Array(64);
  const h = new Uint32Array(2);
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    hashShingle(w, i, Math.min(SHINGLE, w.length - i), h);
    for (let x = h[0]!; x; x &= x - 1) ones[31 - Math.clz32(x & -x)]!++;
    for (let x = h[1]!; x; x &= x - 1) ones[63 - Math.clz32(x & -x)]!++;
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b]! > n) hi |= 1 << b;
    if (2 * ones[b + 32]! > n) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** The four 16-bit bands of a hex simhash (plain numbers, so they fit an integer column). */
export function bands(hex: string): [number, number, number, number] {
  return [0, 4, 8, 12].map((i) => parseInt(hex.slice(i, i + 4), 16)) as [number, number, number, number];
}

export function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 4) {
    let x = parseInt(a.slice(i, i + 4), 16) ^ parseInt(b.slice(i, i + 4), 16);
    for (; x; x &= x - 1) d++;
  }
  return d;
}
