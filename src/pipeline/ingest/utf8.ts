// A single pass over bytes that are not valid UTF-8, gathering what the decoder needs to decide
// between "this is Windows-1252" and "this is broken UTF-8".

/** Windows-1252 leaves these five bytes undefined. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export interface Utf8Scan {
  /** Byte offset of the first byte that does not start a well-formed sequence; -1 if none. */
  firstInvalid: number;
  /** Number of well-formed multi-byte sequences (2–4 bytes). */
  multiByte: number;
  /** Every byte >= 0x80 is a character defined by Windows-1252. */
  cp1252Defined: boolean;
}

/** Length of the well-formed UTF-8 sequence starting at `i` (1–4), or 0 if it is ill-formed. */
export function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // E0 needs A0–BF (no overlongs); ED needs 80–9F (no surrogates).
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    // F0 needs 90–BF (no overlongs); F4 needs 80–8F (nothing above U+10FFFF).
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0; // 80–C1 and F5–FF never start a sequence.
}

/** Scans `bytes` from `start` (e.g. after a BOM) to the end. Linear in the input. */
export function scanUtf8(bytes: Uint8Array, start = 0): Utf8Scan {
  let firstInvalid = -1;
  let multiByte = 0;
  let cp1252Defined = true;
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len > 1) {
      multiByte++;
      for (let k = 0; k < len; k++) if (CP1252_UNDEFINED.has(bytes[i + k]!)) cp1252Defined = false;
      i += len;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = i;
    if (CP1252_UNDEFINED.has(b)) cp1252Defined = false;
    i++;
  }
  return { firstInvalid, multiByte, cp1252Defined };
}
