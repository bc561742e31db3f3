// Sentences per block, then tokens per sentence. Furniture and related-article teasers get
// neither: nothing downstream may extract from them.
import type { Doc, Sentence, Token } from '../doc.ts';
import type { Stage } from '../stage.ts';
import { tokenizeInto } from '../../text/tokenize.ts';
import { splitSentences } from './splitSentences.ts';

export const segmentStage: Stage = {
  name: 'segment',
  run(doc: Doc): Doc {
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    for (let b = 0; b < doc.blocks.length; b++) {
      const block = doc.blocks[b]!;
      if (block.kind === 'furniture' || block.kind === 'teaser') continue;
      for (const span of splitSentences(doc.text, block.start, block.end)) {
        const index = sentences.length;
        sentences.push({ index, start: span.start, end: span.end, block: b, kind: block.kind });
        tokenizeInto(tokens, doc.text, span.start, span.end, index);
      }
    }
    return { ...doc, sentences, tokens };
  },
};
