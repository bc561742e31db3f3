// Sentences per block, then tokens per sentence. Furniture and related-article teasers get
// neither: nothing downstream may extract from them.
import type { Doc, Sentence, Token } from '../doc.ts';
import type { Stage } from '../stage.ts';
import { tokenize } from '../../text/tokenize.ts';
import { splitSentences } from './splitSentences.ts';

export const segmentStage: Stage = {
  name: 'segment',
  run(doc: Doc): Doc {
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    doc.blocks.forEach((block, b) => {
      if (block.kind === 'furniture' || block.kind === 'teaser') return;
      for (const span of splitSentences(doc.text, block.start, block.end)) {
        const index = sentences.length;
        sentences.push({ index, start: span.start, end: span.end, block: b, kind: block.kind });
        for (const t of tokenize(doc.text.slice(span.start, span.end), span.start, index)) tokens.push(t);
      }
    });
    return { ...doc, sentences, tokens };
  },
};
