// The article view's highlighting: text split into segments by evidence spans, with every
// character kept exactly once and in order, whatever the spans (overlapping, nested, out of
// range, malformed).
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { evidenceSegments, type Highlight } from '../../web/src/evidenceSegments.ts';
import { highlightsFor } from '../../web/src/evidenceHighlights.ts';
import { expect } from '../expect.ts';

describe('evidenceSegments', () => {
  it('wraps spans and leaves the rest as plain text', () => {
    const segs = evidenceSegments('Ministers met on October 7 in Tokyo.', [
      { start: 17, end: 26, kind: 'date', focus: true },
      { start: 30, end: 35, kind: 'place' },
    ]);
    expect(segs.map((s) => [s.text, s.kinds, s.focus])).toEqual([
      ['Ministers met on ', [], false],
      ['October 7', ['date'], true],
      [' in ', [], false],
      ['Tokyo', ['place'], false],
      ['.', [], false],
    ]);
  });

  it('splits overlapping spans into pieces carrying every kind that covers them', () => {
    const segs = evidenceSegments('abcdefghij', [
      { start: 0, end: 10, kind: 'event' },
      { start: 2, end: 6, kind: 'topic' },
      { start: 4, end: 8, kind: 'request', focus: true },
    ]);
    expect(segs.map((s) => `${s.text}:${s.kinds.join('+')}:${s.focus ? 'F' : ''}`)).toEqual([
      'ab:event:',
      'cd:event+topic:',
      'ef:event+request+topic:F',
      'gh:event+request:F',
      'ij:event:',
    ]);
  });

  it('clamps spans outside the text and drops empty, reversed and non-integer ones', () => {
    const segs = evidenceSegments('hello', [
      { start: -5, end: 2, kind: 'a' },
      { start: 4, end: 99, kind: 'b' },
      { start: 3, end: 3, kind: 'c' },
      { start: 3, end: 1, kind: 'd' },
      { start: 1.5, end: 2, kind: 'e' },
      { start: Number.NaN, end: 2, kind: 'f' },
    ]);
    expect(segs.map((s) => [s.text, s.kinds])).toEqual([
      ['he', ['a']],
      ['ll', []],
      ['o', ['b']],
    ]);
  });

  it('markup in the text stays characters in the segments', () => {
    const text = 'x <script>alert(1)</script> y';
    const segs = evidenceSegments(text, [{ start: 2, end: 10, kind: 'event' }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs[1]?.text).toBe('<script>');
  });

  it('property: segments concatenate to the text, in order, without empty pieces', () => {
    const span = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(span, { maxLength: 8 }), (text, spans) => {
        const hs: Highlight[] = spans.map((s, i) => ({ ...s, kind: `k${i % 3}` }));
        const segs = evidenceSegments(text, hs);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        for (const s of segs) {
          expect(s.start).toBe(at);
          expect(s.text.length).toBeGreaterThan(0);
          at += s.text.length;
        }
      }),
    );
  });
});

describe('highlightsFor', () => {
  it('tags every evidence span with its field and focuses the asked-for field', () => {
    const evidence = {
      spans: [{ start: 0, end: 40 }],
      fields: {
        date: { start: 5, end: 10, provenance: 'stated' },
        city: { start: 12, end: 17 },
        topics: [{ start: 20, end: 25, topic: 'trade' }],
        requests: [{ start: 26, end: 30, by: 'VNM', of: 'AUS', kind: 'market_access' }],
        participants: [{ name: 'Penny Wong', mentions: [{ start: 31, end: 35 }] }],
      },
    };
    const hs = highlightsFor(evidence, 'topic:trade');
    expect(hs.map((h) => h.kind)).toEqual(['event', 'date', 'place', 'topic', 'request', 'participant']);
    expect(hs.filter((h) => h.focus).map((h) => [h.start, h.end])).toEqual([[20, 25]]);
    expect(highlightsFor(evidence, 'request:VNM:AUS:market_access').find((h) => h.focus)?.kind).toBe('request');
    expect(highlightsFor(evidence, 'participant:Penny Wong').find((h) => h.focus)?.start).toBe(31);
  });
});
