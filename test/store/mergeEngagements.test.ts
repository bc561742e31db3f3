// The cross-article merge rules, without a database.
import { describe, it } from 'node:test';
import {
  candidateWindow,
  findMatch,
  mergeEngagement,
  sameEngagement,
  typeGroup,
  type EngagementFacts,
} from '../../src/store/mergeEngagements.ts';
import { expect } from '../expect.ts';

function facts(over: Partial<EngagementFacts> = {}): EngagementFacts {
  return {
    type: 'meeting',
    status: 'held',
    date: '2024-07-10',
    dateEnd: null,
    dateInferred: false,
    refDate: over.date === null ? (over.refDate ?? null) : (over.date ?? '2024-07-10'),
    city: null,
    country: null,
    occasion: null,
    parties: ['BLR', 'VNM'],
    participants: [
      { name: 'Bùi Thanh Sơn', title: 'Foreign Minister', affiliation: 'VNM' },
      { name: 'Maxim Ryzhenkov', title: null, affiliation: 'BLR' },
    ],
    topics: ['trade'],
    requests: [],
    ...over,
  };
}

describe('sameEngagement', () => {
  it('groups meeting, call, talks and visit; conference with speech; interview alone', () => {
    expect(['meeting', 'call', 'talks', 'visit'].map(typeGroup)).toEqual(Array(4).fill('bilateral'));
    expect(typeGroup('conference')).toBe(typeGroup('speech'));
    expect(typeGroup('interview')).not.toBe(typeGroup('meeting'));
    expect(sameEngagement(facts(), facts({ type: 'talks' }))).toBe(true);
    expect(sameEngagement(facts(), facts({ type: 'speech' }))).toBe(false);
    expect(sameEngagement(facts(), facts({ type: 'interview' }))).toBe(false);
  });

  it('needs the same party set', () => {
    expect(sameEngagement(facts(), facts({ parties: ['VNM', 'BLR'] }))).toBe(true);
    expect(sameEngagement(facts(), facts({ parties: ['BLR', 'RUS', 'VNM'] }))).toBe(false);
  });

  it('accepts the same or an adjacent day, or one date missing', () => {
    expect(sameEngagement(facts(), facts({ date: '2024-07-11' }))).toBe(true);
    expect(sameEngagement(facts(), facts({ date: '2024-07-09' }))).toBe(true);
    expect(sameEngagement(facts(), facts({ date: '2024-07-12' }))).toBe(false);
    expect(sameEngagement(facts(), facts({ date: null, refDate: '2024-07-11' }))).toBe(true);
    // An undated report published weeks later is another engagement.
    expect(sameEngagement(facts(), facts({ date: null, refDate: '2024-08-20' }))).toBe(false);
  });

  it('refuses disjoint named people on one side, accepts name variants', () => {
    const other = [{ name: 'Nguyen Minh Vu', title: null, affiliation: 'VNM' }];
    expect(sameEngagement(facts(), facts({ participants: other }))).toBe(false);
    const variant = [{ name: 'Bui Thanh Son', title: null, affiliation: 'VNM' }];
    expect(sameEngagement(facts(), facts({ participants: variant }))).toBe(true);
    expect(sameEngagement(facts(), facts({ participants: [] }))).toBe(true);
  });

  it('refuses occasions with different numbers or no shared word', () => {
    const amm = (n: number) => facts({ occasion: `${n}th ASEAN Foreign Ministers' Meeting` });
    expect(sameEngagement(amm(58), amm(58))).toBe(true);
    expect(sameEngagement(amm(58), amm(57))).toBe(false);
    expect(sameEngagement(amm(58), facts({ occasion: "58th ASEAN Ministers' Meeting" }))).toBe(true);
    expect(sameEngagement(facts({ occasion: 'Shangri-La Dialogue' }), facts({ occasion: 'G20 summit' }))).toBe(false);
  });
});

describe('findMatch and candidateWindow', () => {
  it('prefers the candidate on the exact day sharing people', () => {
    const a = { ...facts({ date: '2024-07-11' }), id: 1 };
    const b = { ...facts(), id: 2 };
    expect(findMatch(facts(), [a, b])?.id).toBe(2);
    expect(findMatch(facts({ parties: ['USA', 'VNM'] }), [a, b])).toBeNull();
  });

  it('looks up by parties key, type group and a day window around the date', () => {
    expect(candidateWindow(facts({ type: 'call' }))).toEqual({
      partiesKey: 'BLR,VNM',
      typeGroup: 'bilateral',
      from: '2024-07-07',
      to: '2024-07-13',
    });
    expect(candidateWindow(facts({ date: null, refDate: null }))).toBeNull();
  });
});

describe('mergeEngagement', () => {
  it('fills nulls, unites lists and keeps the base type', () => {
    const base = facts({
      city: 'Minsk',
      requests: [{ by: 'VNM', of: 'BLR', kind: 'candidacy_support', text: 'a', documentId: 1 }],
    });
    const more = facts({
      type: 'talks',
      country: 'BLR',
      occasion: 'official visit',
      topics: ['trade', 'health'],
      participants: [
        { name: 'Bui Thanh Son', title: 'Deputy Prime Minister and Minister of Foreign Affairs', affiliation: 'VNM' },
        { name: 'Aliaksandr Ivanou', title: null, affiliation: 'BLR' },
      ],
      requests: [
        { by: 'VNM', of: 'BLR', kind: 'candidacy_support', text: 'b', documentId: 2 },
        { by: 'BLR', of: 'VNM', kind: 'market_access', text: 'c', documentId: 2 },
      ],
    });
    const m = mergeEngagement(base, more);
    expect(m.type).toBe('meeting');
    expect([m.city, m.country, m.occasion]).toEqual(['Minsk', 'BLR', 'official visit']);
    expect(m.topics).toEqual(['trade', 'health']);
    expect(m.participants.map((p) => [p.name, p.title])).toEqual([
      ['Bùi Thanh Sơn', 'Deputy Prime Minister and Minister of Foreign Affairs'],
      ['Maxim Ryzhenkov', null],
      ['Aliaksandr Ivanou', null],
    ]);
    expect(m.requests.map((r) => [r.kind, r.text])).toEqual([
      ['candidacy_support', 'a'],
      ['market_access', 'c'],
    ]);
  });

  it('prefers a stated date over an inferred one, and held over planned', () => {
    const inferred = facts({ date: '2024-07-11', dateInferred: true, status: 'planned' });
    const m = mergeEngagement(inferred, facts());
    expect([m.date, m.dateInferred, m.refDate, m.status]).toEqual(['2024-07-10', false, '2024-07-10', 'held']);
    const undated = facts({ date: null, refDate: '2024-07-12' });
    expect(mergeEngagement(undated, facts()).date).toBe('2024-07-10');
    expect(mergeEngagement(facts(), facts({ date: '2024-07-11', dateInferred: true })).date).toBe('2024-07-10');
  });
});
