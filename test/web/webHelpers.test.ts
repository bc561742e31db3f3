// Pure helpers of the web UI and its routes: URL scheme checks for source links, CSV export
// escaping, the URL filter state, the router's path matching and the words used to find a
// document's engagements.
import { describe, it } from 'node:test';
import { distinctiveWords } from '../../src/server/exploreRoutes.ts';
import { csvCell, engagementsToCsv } from '../../web/src/exportEngagements.ts';
import { describeFilter, exportName, filterFromQuery } from '../../web/src/filters.ts';
import { href, matchPath } from '../../web/src/router.tsx';
import { safeHttpUrl } from '../../web/src/links.ts';
import type { EngagementItem } from '../../src/store/types.ts';
import { expect } from '../expect.ts';

describe('safeHttpUrl', () => {
  it('keeps http(s) URLs and refuses every other scheme', () => {
    expect(safeHttpUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    expect(safeHttpUrl(' http://x.example ')).toBe('http://x.example/');
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'https://user:pw@host.example/',
      '',
      null,
      undefined,
    ])
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
  });
});

describe('CSV export', () => {
  it('quotes separators and neutralises spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes one row per engagement under a header', () => {
    const e: EngagementItem = {
      id: 7,
      type: 'meeting',
      status: 'held',
      date: '2024-10-07',
      dateEnd: null,
      dateInferred: false,
      city: 'Tokyo',
      country: 'JPN',
      occasion: null,
      parties: ['JPN', 'PHL'],
      participants: [{ personId: 1, name: 'Kenji Morita', title: 'Minister', affiliation: 'JPN' }],
      topics: ['maritime', 'trade'],
      requests: [],
      sources: [],
    };
    const lines = engagementsToCsv([e]).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id,date,date_end,date_inferred,type/);
    expect(lines[1]).toBe(
      '7,2024-10-07,,false,meeting,held,JPN; PHL,"Kenji Morita, Minister, JPN",Tokyo,JPN,,maritime; trade,,',
    );
  });
});

describe('filters in the URL', () => {
  it('reads known keys, trims them and ignores the rest', () => {
    const f = filterFromQuery(new URLSearchParams('party=VNM&topic=%20trade%20&q=&evil=1&pair=VNM,USA'));
    expect(f).toEqual({ party: 'VNM', topic: 'trade', pair: 'VNM,USA' });
    expect(describeFilter(f)).toBe('party VNM · pair VNM,USA · topic trade');
    expect(describeFilter({})).toBe('all engagements');
    expect(exportName({ party: 'VNM', q: 'a/b "c"' })).toBe('sidelines-party-VNM-q-a_b_c_');
  });
});

describe('router', () => {
  it('matches patterns and decodes parameters', () => {
    expect(matchPath('/dossier/:party', '/dossier/VNM')).toEqual({ party: 'VNM' });
    expect(matchPath('/person/:id', '/person/L%C3%AA%20Minh')).toEqual({ id: 'Lê Minh' });
    expect(matchPath('/person/:id', '/person/%E0%A4%A')).toBeNull();
    expect(matchPath('/dossier/:party', '/dossier/')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(href('/', { party: 'VNM', q: '', x: undefined, n: 0 })).toBe('/?party=VNM&n=0');
  });
});

describe('distinctiveWords', () => {
  it('takes distinct long words, longest first, at most eight', () => {
    const words = distinctiveWords('The Ministers met; the ministers discussed cooperation and partnership in Hanoi.');
    expect(words[0]).toBe('cooperation');
    expect(words).toContain('partnership');
    expect(new Set(words).size).toBe(words.length);
    expect(words.length).toBeLessThanOrEqual(8);
    expect(distinctiveWords('a b c')).toEqual([]);
  });
});
