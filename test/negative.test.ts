// Negative cases: texts that name officials, countries and meeting words but report no
// engagement that took place. Each must yield no held event.
import { describe, it } from 'node:test';
import { expect } from './expect.ts';
import { run } from './helpers.ts';

const CASES: { name: string; text: string }[] = [
  {
    name: 'statistics story quoting a minister',
    text: "Exports rise\n\nHANOI — Vietnam's exports to the European Union rose 12 percent in the first half, Minister of Industry and Trade Nguyen Hong Dien said on Tuesday, citing customs data. Shipments of phones and textiles led the increase.",
  },
  {
    name: 'a meeting asked for and turned down',
    text: 'Foreign Minister Winston Peters said New Zealand had asked for a bilateral meeting with Cook Islands Prime Minister Mark Brown in Suva, but was told his programme was full.',
  },
  {
    name: 'a meeting called off',
    text: 'Egypt refused to sit down with Ethiopia in New York this week, scrapping a meeting with Foreign Minister Gedion Timothewos that African Union officials had arranged.',
  },
  {
    name: 'a planned meeting that could not take place',
    text: 'A planned meeting between Chief Adviser Muhammad Yunus and Prime Minister of Pakistan Shehbaz Sharif in New York could not take place due to scheduling constraints, the Press Secretary said.',
  },
  {
    name: 'talks postponed',
    text: 'The talks between Somalia and Ethiopia that Turkey planned to host in Ankara next week have been postponed, Turkish Foreign Minister Hakan Fidan said on Monday.',
  },
  {
    name: 'meeting explicitly did not happen',
    text: 'Foreign Minister Penny Wong did not meet her Chinese counterpart Wang Yi in Vientiane, officials said, despite earlier reports of a planned encounter.',
  },
  {
    name: 'will not meet',
    text: 'President Joe Biden will not meet Russian President Vladimir Putin at the summit, the White House said on Friday.',
  },
  {
    name: '"called on" a country to act is a request, not a courtesy call',
    text: 'Foreign Minister Ahmed Attaf called on the international community to end the humanitarian crisis, in a statement issued in Algiers on Sunday.',
  },
  {
    name: 'trade negotiations are not a meeting',
    text: 'Thailand is in accession talks with the OECD, and the negotiations with EFTA are almost complete, Foreign Minister Maris Sangiampongsa told the newspaper.',
  },
  {
    name: 'a meeting that would have been held',
    text: 'The meeting, which would have been the first formal bilateral summit between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan since 2023, had been expected to cover trade.',
  },
  {
    name: 'letters exchanged',
    text: 'On the occasion of National Day, Foreign Minister Bui Thanh Son sent a congratulatory letter to Foreign Minister Yvan Gil Pinto of Venezuela.',
  },
  {
    name: 'site furniture only',
    text: 'Zalo Facebook Twitter Print Copy link\nComment (0)\nSource: https://example.org/news/123\nRelated: Minister meets counterpart |',
  },
  {
    name: 'a domestic meeting is not diplomacy',
    text: 'Prime Minister Pham Minh Chinh met with Deputy Prime Minister Tran Hong Ha in Hanoi on Monday to review the progress of the North-South expressway.',
  },
];

describe('negative cases', () => {
  for (const c of CASES)
    it(c.name, () => {
      const { record } = run(c.text);
      expect(record.events.filter((e) => e.status === 'held')).toEqual([]);
    });
});
