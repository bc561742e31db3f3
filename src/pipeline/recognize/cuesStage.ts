// Phrase cues of the lexicons (engagement triggers, negations, request cues and kinds, topics),
// found once per sentence so the extractors only read them.
import type { Doc } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';

export const cuesStage: Stage = {
  name: 'recognize-cues',
  run(doc: Doc, ctx: Context): Doc {
    const cues: Doc['cues'] = [];
    const { tokens } = doc;
    let from = 0;
    while (from < tokens.length) {
      const sentence = tokens[from]!.sentence;
      let to = from;
      while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
      ctx.knowledge.lexicons.matcher.forEachMatch(tokens, from, to, (label, tokenStart, tokenEnd) =>
        cues.push({ label, tokenStart, tokenEnd, sentence }),
      );
      from = to;
    }
    return { ...doc, cues };
  },
};
