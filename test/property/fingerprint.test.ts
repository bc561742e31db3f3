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

describe('words', () => {
  it('equals folding the whole text and splitting it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(words(text)).toEqual(wordsByFolding(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals it on random Unicode too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(words(text)).toEqual(wordsByFolding(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normalizeForHash', () => {
  const definition = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

  it('collapses whitespace as /\\s+/ does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(normalizeForHash(text)).toBe(definition(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(normalizeForHash(text)).toBe(definition(text));
      }),
      { numRuns: 3000 },
    );
  });
});
