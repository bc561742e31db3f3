import { describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { classifyLine } from '../../src/pipeline/clean/classifyLine.ts';
import { dateLineValue, datelineDate } from '../../src/pipeline/clean/dateLine.ts';
import { run } from '../helpers.ts';

describe('classifyLine', () => {
  const table: { line: string; first: boolean; kind: string }[] = [
    { line: 'Zalo Facebook Twitter Print Copy link', first: false, kind: 'furniture' },
    { line: 'Share: Facebook X WhatsApp LinkedIn Email', first: false, kind: 'furniture' },
    { line: 'Comment (0)', first: false, kind: 'furniture' },
    { line: 'Source: https://example.org/a-b-c', first: false, kind: 'furniture' },
    { line: 'By Jane Smith and Tom Lee', first: true, kind: 'furniture' },
    { line: 'Home > News > World', first: true, kind: 'furniture' },
    { line: 'Minister meets envoy. (Photo: VNA)', first: false, kind: 'caption' },
    { line: 'Two ministers review ties in Hanoi ...', first: false, kind: 'teaser' },
    { line: 'Ministers Discuss Trade Ties |', first: false, kind: 'teaser' },
    { line: 'Ministers discuss trade ties', first: true, kind: 'headline' },
    { line: 'The two ministers discussed trade ties on Monday.', first: false, kind: 'body' },
    // a digest's later item headline, in Title Case without a full stop
    { line: 'Foreign Minister Receives Nigerian Counterpart in Riyadh', first: false, kind: 'headline' },
    { line: 'HANOI (VNA) JAPAN AND VIETNAM', first: false, kind: 'body' },
    { line: 'Minister Ali met his counterpart in Riyadh on Monday', first: false, kind: 'body' },
  ];
  for (const row of table)
    it(`${row.kind}: ${row.line}`, () => {
      expect(classifyLine(row.line, row.first).kind).toBe(row.kind);
    });
});

describe('date lines', () => {
  const table: { line: string; value: string | null }[] = [
    { line: 'July 8, 2024', value: '2024-07-08' },
    { line: '2024-05-23 22:40', value: '2024-05-23' },
    { line: 'PUBLISHED : 15 Oct 2024 at 04:00', value: '2024-10-15' },
    { line: 'Jakarta, 14 May 2024', value: '2024-05-14' },
    { line: 'Published: 3 March ,2025: 10:15 AM GST Updated: 3 March ,2025: 11:02 AM GST', value: '2025-03-03' },
    // a wire's date field among section labels; the other fields do not count against it
    { line: 'WIRE NEWS - Mar 4, 2025 - 09:15 | Asia, Politics, Economy', value: '2025-03-04' },
    {
      line: 'Ministers meet | talks on trade and energy ties open in Jakarta on March 4, 2025 after delay',
      value: null,
    },
    { line: 'The ministers met on July 8, 2024 in Jakarta to discuss the road map for the coming years.', value: null },
  ];
  for (const row of table)
    it(row.line, () => {
      expect(dateLineValue(row.line)?.value ?? null).toBe(row.value);
    });
  it('reads a dateline with a date', () => {
    expect(datelineDate('MANILA 20 August 2024 — The Secretary held a call.')?.value).toBe('2024-08-20');
  });
  it('reads a dateline closed by a full stop, not a date inside the sentence', () => {
    expect(datelineDate('Lisbon, Portugal, 3 June 2025. The Minister today received ...')?.value).toBe('2025-06-03');
    expect(datelineDate('The Minister met his counterpart on 3 June 2025. They discussed ...')).toBe(null);
  });
});

describe('clean stage', () => {
  it('takes the publication date from a " date YYYY-MM-DD" header and keeps offsets', () => {
    const { doc } = run(' date 2024-02-27 Minister meets envoy\n\nThe minister met the envoy.');
    expect(doc.published?.value).toBe('2024-02-27');
    expect(doc.published?.evidence.rule).toBe('header-date');
    expect(doc.text.startsWith(' date 2024-02-27')).toBe(true);
  });
  it('a date field in a "|" list points at the date itself', () => {
    const { doc } = run(
      'Ministers meet\n\nWIRE NEWS - Mar 4, 2025 - 09:15 | Asia, Politics\n\nThe minister met the envoy.',
    );
    expect(doc.published?.value).toBe('2025-03-04');
    const ev = doc.published!.evidence;
    expect(doc.text.slice(ev.start, ev.end)).toBe('Mar 4, 2025');
  });
  it('sets furniture aside: no sentence comes from it', () => {
    const { doc } = run('Body text here.\nZalo Facebook Twitter Print Copy link\nComment (0)');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Body text here.']);
  });
});
