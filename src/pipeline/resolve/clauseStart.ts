// Where the main clause of a sentence begins, after leading adverbials such as "At a meeting with
// X, ...", "On July 11, within the framework of ..., ..." or "For his part, ...". The subject of
// the sentence is the first participant named from there.
import type { Token } from '../doc.ts';

const ADVERBIAL_OPENERS = new Set([
  'at', 'during', 'in', 'on', 'meeting', 'within', 'for', 'after', 'before', 'while', 'receiving', 'welcoming',
  'talking', 'speaking', 'previously', 'earlier', 'later', 'regarding', 'with', 'following', 'upon', 'as',
  'under', 'amid', 'besides', 'beyond', 'here', 'also', 'notably', 'moreover', 'furthermore', 'meanwhile',
  'additionally', 'accordingly', 'hosting', 'addressing', 'visiting', 'attending', 'according', 'through', 'by',
  'the same day', 'same', 'separately', 'likewise', 'similarly', 'earlier', 'yesterday', 'today', 'last', 'this',
]);

/** Index of the first token of the main clause in the sentence that starts at `first`. */
export function clauseStart(tokens: readonly Token[], first: number): number {
  const sentence = tokens[first]?.sentence;
  let i = first;
  while (tokens[i] && ADVERBIAL_OPENERS.has(tokens[i]!.key)) {
    let j = i;
    while (tokens[j] && tokens[j]!.sentence === sentence && tokens[j]!.text !== ',') j++;
    if (!tokens[j] || tokens[j]!.sentence !== sentence) return i; // no comma: nothing to skip
    i = j + 1;
  }
  // "The same day, ..." / "Last week, ..."
  if (tokens[i]?.key === 'the' && tokens[i + 1]?.key === 'same' && tokens[i + 2]?.key === 'day' && tokens[i + 3]?.text === ',') return i + 4;
  return i;
}
