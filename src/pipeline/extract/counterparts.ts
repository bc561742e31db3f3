// Counterparts a sentence names without naming a person, and people it names who are not
// there: "with his counterparts from Ghana and Egypt", "the greetings of President X".
import type { Doc } from '../doc.ts';
import type { SentenceView } from './sentenceView.ts';
import type { Trigger } from './triggers.ts';

/** "conveyed the greetings of President X", "a message from X", "on behalf of X": X is not there. */
export function absentSender(doc: Doc, tokenStart: number): boolean {
  const before = doc.tokens
    .slice(Math.max(0, tokenStart - 5), tokenStart)
    .map((t) => t.key)
    .join(' ');
  return /\b(greetings|regards|message|letter|invitation|congratulations|wishes) (of|from)( the)?( \w+){0,2}$|\bon behalf of( the)?( \w+){0,2}$/.test(
    before,
  );
}

const COUNTERPART_NOUNS = /^(counterparts?|ministers|leaders|officials|delegations)$/;

/** Sides named around "counterparts" right after the cue, when no person is: "with his
 * counterparts from Ghana and Egypt", "with his Ghanaian and Egyptian counterparts". */
export function nominalCounterparts(doc: Doc, v: SentenceView, t: Trigger, own: string): string[] {
  const end = Math.min(t.zoneEnd, t.tokenEnd + 12);
  let noun = -1;
  for (let i = t.tokenEnd; i < end && noun < 0; i++) if (COUNTERPART_NOUNS.test(doc.tokens[i]!.key)) noun = i;
  if (noun < 0 || noun - t.tokenEnd > 6) return [];
  const countries = v.mentions.filter((m) => m.kind === 'country' && m.tokenStart >= t.tokenEnd && m.tokenStart < end);
  const inCountry = (i: number) => countries.some((m) => m.tokenStart <= i && i < m.tokenEnd);
  // the countries must be the noun's adjectives ("Ghanaian and Egyptian counterparts") or its
  // complement ("counterparts from Ghana and Egypt"): only linking words and other sides between
  const linked = (a: number, b: number) => {
    for (let i = a; i < b; i++)
      if (!inCountry(i) && !/^(and|,|from|of|the|foreign|counterparts?)$/.test(doc.tokens[i]!.key)) return false;
    return true;
  };
  const sides: string[] = [];
  for (const m of countries) {
    if (!(m.tokenEnd <= noun ? linked(m.tokenEnd, noun) : linked(noun + 1, m.tokenStart))) continue;
    if (m.value !== own && !sides.includes(m.value)) sides.push(m.value);
  }
  return sides.length >= 2 ? sides : [];
}
