// Splits text into word and punctuation tokens with offsets. The same function tokenises both
// documents and gazetteer phrases, so phrase matching is a walk over token keys.
// Tokens are what /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu finds; the scan below reads code
// units against a class table instead (the regex and its per-token tests were the pipeline's
// single hottest function), falling back to the Unicode classes for characters outside ASCII.
import { fold } from './fold.ts';

export interface RawToken {
  start: number;
  end: number;
  text: string;
  key: string;
  cap: boolean;
  word: boolean;
  /** Index of the sentence the token is in (-1 outside a document). */
  sentence: number;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const UPPER = /^\p{Lu}/u;

// Character classes of BMP code units, filled on first sight (0 = not yet known).
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const CLASS_MASK = 3;
const UPPER_BIT = 4;
const classes = new Uint8Array(0x10000);

function classify(ch: string): number {
  const cls = WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
  return cls | (UPPER.test(ch) ? UPPER_BIT : 0);
}

/** Class bits of the code point at i (text ends at `end`); astral code points are not cached. */
function classAt(text: string, i: number, c: number, end: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2));
  }
  return (classes[c] ||= classify(String.fromCharCode(c)));
}

/** UTF-16 length of the code point at i (text ends at `end`). */
function widthAt(text: string, i: number, c: number, end: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function punctuationKey(s: string): string {
  return s === '’' || s === '‘' || s === 'ʼ' ? "'" : s === '–' || s === '—' || s === '‑' ? '-' : s;
}

export function tokenize(text: string, offset = 0, sentence = -1): RawToken[] {
  return scan([], text, 0, text.length, offset, sentence);
}

/**
 * Appends to `out` the tokens of text[from, to), as tokenize(text.slice(from, to), from, sentence)
 * would return them, without the slice and the intermediate array.
 */
export function tokenizeInto(out: RawToken[], text: string, from: number, to: number, sentence: number): void {
  scan(out, text, from, to, 0, sentence);
}

function scan(out: RawToken[], text: string, from: number, n: number, offset: number, sentence: number): RawToken[] {
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classAt(text, i, c, n);
    const kind = cls & CLASS_MASK;
    if (kind === SPACE) {
      i += widthAt(text, i, c, n);
      continue;
    }
    const start = i;
    let key: string;
    let text0: string;
    let word: boolean;
    if (kind === WORD) {
      // ASCII letters and digits only: the key is the text, lower-cased if it has capitals
      let ascii = true;
      let upper = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (d >= 65 && d <= 90) upper = true;
          else if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) break;
          i++;
        } else if ((classAt(text, i, d, n) & CLASS_MASK) === WORD) {
          ascii = false;
          i += widthAt(text, i, d, n);
        } else break;
      }
      text0 = text.slice(start, i);
      key = ascii ? (upper ? text0.toLowerCase() : text0) : fold(text0);
      word = true;
    } else {
      i += widthAt(text, i, c, n);
      text0 = text.slice(start, i);
      // an astral symbol (two code units) counts as a word, as it always has
      word = text0.length > 1;
      key = word ? fold(text0) : punctuationKey(text0);
    }
    const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : (cls & UPPER_BIT) !== 0;
    out.push({ start: offset + start, end: offset + i, text: text0, key, cap, word, sentence });
  }
  return out;
}

/** Token keys of a phrase, for building gazetteers. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase.normalize('NFC')).map((t) => t.key);
}
