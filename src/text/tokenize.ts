// Splits text into word and punctuation tokens with offsets. The same function tokenises both
// documents and gazetteer phrases, so phrase matching is a walk over token keys.
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

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const ASCII_LOWER = /^[a-z0-9]+$/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

export function tokenize(text: string, offset = 0, sentence = -1): RawToken[] {
  const out: RawToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const s = m[0];
    const first = s.charCodeAt(0);
    const word = s.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(s);
    let key: string;
    if (ASCII_LOWER.test(s)) key = s;
    else if (word) key = ASCII_WORD.test(s) ? s.toLowerCase() : fold(s);
    else key = s === '’' || s === '‘' || s === 'ʼ' ? "'" : s === '–' || s === '—' || s === '‑' ? '-' : s;
    const cap = first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER.test(s);
    out.push({ start: offset + m.index, end: offset + m.index + s.length, text: s, key, cap, word, sentence });
  }
  return out;
}

/** Token keys of a phrase, for building gazetteers. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase.normalize('NFC')).map((t) => t.key);
}
