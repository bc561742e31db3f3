// The pure helpers the store's identities rest on: content hash, simhash, name keys, CSV,
// date bounds, full-text terms and snippets.
import { describe, it } from 'node:test';
import { contentHash } from '../../src/store/fingerprint.ts';
import { formatCsv, parseCsv } from '../../src/store/csv.ts';
import { boundDay, splitRange } from '../../src/store/dates.ts';
import { ftsBody, ftsTerms, snippet } from '../../src/store/fts.ts';
import { nameKey, samePerson, withoutDiacritics } from '../../src/store/nameKey.ts';
import { bands, hamming, MAX_DISTANCE, simhash, words } from '../../src/store/fingerprint.ts';
import { expect } from '../expect.ts';
import { VNM_BLR_MFA, VNM_BLR_VNA } from './articles.ts';

describe('content hash', () => {
  it('ignores whitespace layout and Unicode normalisation form, not wording', () => {
    const a = 'Việt Nam and Belarus\nheld talks.';
    expect(contentHash(`  ${a.normalize('NFD').replace('\n', '\r\n   ')} `)).toBe(contentHash(a));
    expect(contentHash(a.replace('talks', 'a meeting'))).not.toBe(contentHash(a));
  });
});

describe('simhash', () => {
  it('puts a lightly edited copy within the distance and another article far away', () => {
    const base = simhash(words(VNM_BLR_VNA));
    const edited = simhash(words(`${VNM_BLR_VNA.replace('highly valued', 'valued')}\n\nMore news at 6.`));
    expect(hamming(base, edited)).toBeLessThanOrEqual(MAX_DISTANCE);
    expect(hamming(base, simhash(words(VNM_BLR_MFA)))).toBeGreaterThan(MAX_DISTANCE * 3);
  });

  it('splits into four 16-bit bands', () => {
    expect(bands('0001000200030004')).toEqual([1, 2, 3, 4]);
    expect(hamming('ffff000000000000', '0000000000000000')).toBe(16);
  });
});

describe('name keys', () => {
  it('folds diacritics, drops honorifics and ignores word order', () => {
    expect(nameKey('H.E. Mr. Bùi Thanh Sơn')).toBe(nameKey('Bui Thanh Son'));
    expect(nameKey('Iwaya Takeshi')).toBe(nameKey('Takeshi Iwaya'));
    expect(nameKey('Đặng Hoàng Giang')).toBe('dang giang hoang');
    expect(nameKey('Lê Hoài Trung')).toBe('hoai le trung');
    expect(nameKey('%')).toBe('');
    expect(samePerson('Sơn', 'Bùi Thanh Sơn')).toBe(true);
    expect(samePerson('Sơn', 'Lê Hoài Trung')).toBe(false);
    expect(withoutDiacritics('Đỗ Hùng Việt')).toBe('Do Hung Viet');
  });
});

describe('csv', () => {
  it('round-trips quotes, commas, line breaks and a BOM', () => {
    const rows = [
      ['name', 'aliases'],
      ['Lê "Minh" Châu', 'Chau|Le, M.'],
      ['multi\nline', ''],
    ];
    const text = formatCsv(rows);
    expect(parseCsv(`\uFEFF${text}`)).toEqual(rows);
    expect(parseCsv('a,b\n\nc,"d""e"\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd"e'],
    ]);
  });
});

describe('dates', () => {
  it('reads partial bounds and rejects junk', () => {
    expect(boundDay('2024', 'from')).toBe('2024-01-01');
    expect(boundDay('2024', 'to')).toBe('2024-12-31');
    expect(boundDay('2024-02', 'to')).toBe('2024-02-29');
    expect(boundDay('2024-02-30', 'from')).toBeNull();
    expect(boundDay("'; DROP TABLE documents; --", 'from')).toBeNull();
    expect(splitRange('2024-06-03/2024-06-05')).toEqual({ date: '2024-06-03', end: '2024-06-05' });
  });
});

describe('full-text helpers', () => {
  it('reduces queries to folded words, so operators and quotes never reach the engine', () => {
    expect(ftsTerms('"Việt Nam" OR rice*')).toEqual(['viet', 'nam', 'or', 'rice']);
    expect(ftsTerms("'; -- % _ \\")).toEqual([]);
    expect(ftsBody('Đà Nẵng', 'talks—trade')).toBe('da nang talks trade');
  });

  it('marks hits in the original text', () => {
    expect(snippet('The ministers met in Đà Nẵng on Monday.', ['da', 'nang'])).toBe(
      'The ministers met in «Đà» «Nẵng» on Monday.',
    );
  });
});
