import { describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { splitSentences } from '../../src/pipeline/segment/splitSentences.ts';
import { tokenize } from '../../src/text/tokenize.ts';

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  const table: { text: string; sentences: string[] }[] = [
    { text: 'He met Mr. Rubio. They talked.', sentences: ['He met Mr. Rubio.', 'They talked.'] },
    {
      text: 'Secretary Antony J. Blinken met Minister Sikorski. It went well.',
      sentences: ['Secretary Antony J. Blinken met Minister Sikorski.', 'It went well.'],
    },
    {
      text: 'The U.S. and Viet Nam agreed. Both sides welcomed it.',
      sentences: ['The U.S. and Viet Nam agreed.', 'Both sides welcomed it.'],
    },
    { text: 'Was it useful? "Yes," he said.', sentences: ['Was it useful?', '"Yes," he said.'] },
    { text: 'On Jan. 5 the talks began.', sentences: ['On Jan. 5 the talks began.'] },
  ];
  for (const row of table)
    it(row.text, () => {
      expect(split(row.text)).toEqual(row.sentences);
    });
});

describe('tokenize', () => {
  it('folds diacritics and keeps offsets into the original text', () => {
    const text = 'Bùi Thanh Sơn met Côte d’Ivoire’s FM.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.key)).toEqual([
      'bui',
      'thanh',
      'son',
      'met',
      'cote',
      'd',
      "'",
      'ivoire',
      "'",
      's',
      'fm',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
