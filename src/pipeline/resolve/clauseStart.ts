// Where the main clause of a sentence begins, after leading adverbials such as "At a meeting with
// X, ...", "On July 11, within the framework of ..., ..." or "For his part, ...". The subject of
// the sentence is the first participant named from there.
import type { Token } from '../doc.ts';

const ADVERBIAL_OPENERS = new Set([
  'at',
  'during',
  'in',
  'on',
  'meeting',
  'within',
  'for',
  'after',
  'before',
  'while',
  'receiving',
  'welcoming',
  'talking',
  'speaking',
  'previously',
  'earlier',
  'later',
  'regarding',
  'with',
  'following',
  'upon',
  'as',
  'under',
  'amid',
  'besides',
  'beyond',
  'here',
  'also',
  'notably',
  'moreover',
  'furthermore',
  'meanwhile',
  'additionally',
  'accordingly',
  'hosting',
  'addressing',
  'visiting',
  'attending',
  'according',
  'through',
  'by',
  'the same day',
  'same',
  'separately',
  'likewise',
  'similarly',
  'earlier',
  'yesterday',
  'today',
  'last',
  'this',
]);

/** Index of the first token of the main clause in the sentence that starts at `first`. */
export function clauseStart(tokens: readonly Token[], first: number): number {
  const sentence = tokens[first]?.sentence;
  let i = first;
  while (tokens[i] && ADVERBIAL_OPENERS.has(tokens[i]!.key)) {
    let j = i;
    while (tokens[j] && tokens[j]!.sentence === sentence && tokens[j]!.text !== ',') j++;
    if (!tokens[j] || tokens[j]!.sentence !== sentence) return i; // no comma: nothing to skip
    i = skipAppositive(tokens, j + 1);
  }
  // "The same day, ..." / "Last week, ..."
  if (
    tokens[i]?.key === 'the' &&
    tokens[i + 1]?.key === 'same' &&
    tokens[i + 2]?.key === 'day' &&
    tokens[i + 3]?.text === ','
  )
    return i + 4;
  return i;
}

/** After "his counterpart from Côte d'Ivoire," a bare name and a comma still belong to the adverbial. */
function skipAppositive(tokens: readonly Token[], from: number): number {
  const sentence = tokens[from]?.sentence;
  let j = from;
  while (
    j - from < 8 &&
    tokens[j] &&
    tokens[j]!.sentence === sentence &&
    (tokens[j]!.cap ||
      tokens[j]!.key === '-' ||
      tokens[j]!.key === "'" ||
      /^(bin|al|de|van|von|da)$/.test(tokens[j]!.key))
  )
    j++;
  if (
    j > from &&
    tokens[j]?.text === ',' &&
    tokens[j + 1]?.sentence === sentence &&
    !tokens[from]!.key.match(/^(the|he|she|they|both)$/)
  )
    return j + 1;
  return from;
}
