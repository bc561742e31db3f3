// Table tests of date readings the date stage corrects after chrono, on text we wrote.
import { describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { slashOrder } from '../../src/pipeline/recognize/slashDates.ts';
import { run } from '../helpers.ts';

describe('numeric dates with slashes', () => {
  // chrono's reading (month first) comes in; the table gives what the text means
  const table: { text: string; published: string | null; weekday?: number; expected: [number, number] }[] = [
    { text: 'Wednesday 9/7/2025', published: '2025-07-10', weekday: 3, expected: [9, 7] },
    { text: 'on 9/7/2025', published: '2025-07-10', expected: [9, 7] },
    { text: 'on 9/7/2025', published: '2025-09-08', expected: [7, 9] },
    { text: 'on 9/7/2025', published: null, expected: [9, 7] },
    { text: 'on 25/7/2025', published: '2025-07-26', expected: [25, 7] },
  ];
  for (const row of table)
    it(`${row.text} published ${row.published ?? 'unknown'}`, () => {
      const chrono = /^(\d+)\/(\d+)/.exec(row.text.replace(/^\D+/, ''))!;
      const a = Number(chrono[1]);
      const b = Number(chrono[2]);
      // chrono: month/day when it can be, else day/month
      const k = a <= 12 ? { month: a, day: b, year: 2025, weekday: row.weekday } : { month: b, day: a, year: 2025 };
      const out = slashOrder(row.text, k, row.published);
      expect([out.day, out.month]).toEqual(row.expected);
    });
  it('in a ministry digest, "Wednesday 9/7/2025" is the day before a 10 July release', () => {
    const { record } = run(
      'Cairo, 10/7/2025\n\nEgyptian Foreign Minister Badr Abdelatty held on Wednesday 9/7/2025 a phone call with Greek Foreign Minister Giorgos Gerapetritis.',
    );
    expect(record.events.map((e) => [e.type, e.status, e.date])).toEqual([['call', 'held', '2025-07-09']]);
  });
});
