// isoDay's arithmetic check against its definition (a round trip through a UTC Date), on every
// day of a span of years around the century and leap-year edges, on out-of-range parts, and on
// random strings shaped like dates with something after them.
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { boundDay, isoDay, isoDayByDate } from '../../src/store/dates.ts';
import { expect } from '../expect.ts';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('isoDay', () => {
  it("gives boundDay a month's last day as the day before the next month's first", () => {
    for (const year of [99, 100, 1900, 2000, 2023, 2024, 2100, 9999])
      for (let month = 0; month <= 13; month++) {
        const next = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
        const last = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        const valid = isoDayByDate(`${pad(year, 4)}-${pad(month, 2)}-01`) !== null;
        expect(boundDay(`${pad(year, 4)}-${pad(month, 2)}`, 'to')).toBe(valid ? last : null);
      }
  });

  it('agrees with the round trip through a Date on every month and day number of edge years', () => {
    for (const year of [0, 1, 99, 100, 999, 1000, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isoDay(value)).toBe(isoDayByDate(value));
        }
  });

  it('agrees on random date-shaped strings, ranges and junk', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n });
    const shaped = fc
      .tuple(digits(4), digits(2), digits(2), fc.constantFrom('', '/2024-06-05', 'T12:00', 'x', '-1'))
      .map(([y, m, d, rest]) => `${y.join('')}-${m.join('')}-${d.join('')}${rest}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 14 })), (value) => {
        expect(isoDay(value)).toBe(isoDayByDate(value));
      }),
      { numRuns: 20000 },
    );
    expect(isoDay(null)).toBe(null);
    expect(isoDay('')).toBe(null);
  });
});
