// prepareSave splits a document's text into words once, block by block, when it can: the search
// body and the simhash must be exactly those of splitting the whole text and the body text on
// their own, whatever the blocks look like.
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../../src/pipeline/doc.ts';
import { PIPELINE_VERSION } from '../../src/pipeline/index.ts';
import { simhash, words } from '../../src/store/fingerprint.ts';
import { ftsBody } from '../../src/store/fts.ts';
import { prepareSave } from '../../src/store/prepareSave.ts';
import { expect } from '../expect.ts';
import { run } from '../helpers.ts';
import * as articles from './articles.ts';

function reference(doc: Doc, title: string | null) {
  const body = doc.blocks.filter((b) => b.kind === 'body').map((b) => doc.text.slice(b.start, b.end));
  return { searchBody: ftsBody(title, doc.text), simhash: simhash(words(body.length ? body.join('\n') : doc.text)) };
}

function prepared(doc: Doc, record: ReturnType<typeof run>['record']) {
  const p = prepareSave({
    source: 's',
    url: null,
    text: doc.text,
    title: null,
    published: null,
    format: null,
    record,
    doc,
    pipelineVersion: PIPELINE_VERSION,
  });
  return { searchBody: p.searchBody, simhash: p.simhash };
}

describe('prepareSave words', () => {
  const texts = [
    ...Object.values(articles).filter((a): a is string => typeof a === 'string'),
    ...readdirSync(join('test', 'fixtures')).map((c) => {
      const dir = join('test', 'fixtures', c);
      const input = readdirSync(dir).find((f) => f.startsWith('input'));
      return input ? readFileSync(join(dir, input), 'utf8') : '';
    }),
  ].filter(Boolean);

  it('match splitting the whole text and the body for real-shaped articles', () => {
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      const { doc, record } = run(text);
      expect(prepared(doc, record), text.slice(0, 60)).toEqual(reference(doc, record.title));
    }
  });

  it('match when blocks touch, overlap, cut a word or leave words outside', () => {
    const { doc, record } = run('Hà Nội, 3 May\n\nMinister An met Minister Bình on Monday to discuss trade.\n\nMore.');
    const n = doc.text.length;
    const variants: Doc['blocks'][] = [
      [],
      [{ ...doc.blocks[0]!, start: 0, end: 5 }],
      [
        { ...doc.blocks[0]!, start: 0, end: 4, kind: 'headline' },
        { ...doc.blocks[0]!, start: 4, end: n, kind: 'body' },
      ],
      [
        { ...doc.blocks[0]!, start: 0, end: 10, kind: 'body' },
        { ...doc.blocks[0]!, start: 8, end: n, kind: 'body' },
      ],
      [{ ...doc.blocks[0]!, start: 10, end: n - 3, kind: 'caption' }],
    ];
    for (const blocks of variants) {
      const d = { ...doc, blocks };
      expect(prepared(d, record), JSON.stringify(blocks.map((b) => [b.start, b.end]))).toEqual(
        reference(d, record.title),
      );
    }
  });
});

describe('simhash', () => {
  it('keeps the fingerprints stored by earlier versions (pinned values)', () => {
    // Stored documents are compared with new ones by these hashes: an implementation change
    // must not change a single bit.
    const pinned: [string, string][] = [
      ['', '6925a0dcc9c3577e'],
      ['one', '57b0d6090d76417a'],
      ['two words', '3eed31600946d0c4'],
      [
        'The Ministers discussed trade, investment and the 50th anniversary of relations in Hà Nội on 3 June 2024.',
        '96cc4d0a2e2a1681',
      ],
      ['Việt Nam và Hoa Kỳ', 'c8396b20df8173c6'],
      ['a '.repeat(500), '2c452e51b3445779'],
    ];
    for (const [text, hash] of pinned) expect(simhash(words(text))).toBe(hash);
  });
});
