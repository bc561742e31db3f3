// Properties of fingerprint.ts's fast paths, against their definitions: `words` (the split used
// for the simhash and the search body) gives exactly `wordsByFolding` (fold the whole text, then
// take the letter/digit runs), and normalizeForHash (under the content hash) collapses
// whitespace exactly as /\s+/ does. On
// strings built from the characters where the two could part: ASCII punctuation, diacritics
// precomposed and combining, General Punctuation, capital sigma and dotted capital I (whose
// lowercasing depends on context or changes length), đ, superscript digits, letters outside the
// BMP, emoji, and Latin-1 signs that are and are not letters.
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { normalizeForHash, words, wordsByFolding } from '../../src/store/fingerprint.ts';
import { expect } from '../expect.ts';

const PIECES = [
  ...'aZ09 .,;:\'"-_/\n\t()',
  ...'éÉệỆđĐøßñÅ',
  '\u0301',
  '\u0323\u0302',
  '\u0307',
  ...'\u2019\u201c\u201d\u2013\u2014\u2000\u200b\u2060\u00a0',
  ...'ΣσςΟΔ',
  'İ',
  ...'\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff\v\f\r  ',
  ...'ª²µº¼×',
  '𝐀',
  '😀',
  'Việt Nam',
  "ODOΣ'A",
  'Hà Nội',
  '東京',
];

/** Texts joined from PIECES, and random strings of any code points. */
const TEXTS = [
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
];

function forEveryText(check: (text: string) => void): void {
  for (const texts of TEXTS) fc.assert(fc.property(texts, check), { numRuns: 3000 });
}

describe('fingerprint fast paths', () => {
  it('words equals folding the whole text and splitting it', () => {
    forEveryText((text) => expect(words(text)).toEqual(wordsByFolding(text)));
  });

  it('normalizeForHash collapses whitespace as /\\s+/ does', () => {
    forEveryText((text) => expect(normalizeForHash(text)).toBe(text.normalize('NFC').replace(/\s+/gu, ' ').trim()));
  });
});
