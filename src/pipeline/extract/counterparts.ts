// Counterparts a sentence names without naming a person, and people it names who are not
// there: "with his counterparts from Ghana and Egypt", "the greetings of President X".
import type { Doc, Person } from '../doc.ts';
import type { EventDraft } from './draft.ts';
import type { SentenceView } from './sentenceView.ts';
import type { Trigger } from './triggers.ts';

/** "conveyed the greetings of President X", "greetings to X", "a message from X", "on behalf of X": X is not there. */
export function absentSender(doc: Doc, tokenStart: number): boolean {
  const before = doc.tokens
    .slice(Math.max(0, tokenStart - 5), tokenStart)
    .map((t) => t.key)
    .join(' ');
  return /\b(greetings|regards|message|letter|invitation|congratulations|wishes) (of|from|to)( the)?( \w+){0,2}$|\bon behalf of( the)?( \w+){0,2}$/.test(
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

/** "received letters of credence from five new ambassadors" */
export const ENVOYS = /\b(ambassadors|envoys|heads of mission|ambassadors - designate)\b/;

/** "... from five new ambassadors. The envoys are Mr X of Brazil; Mr Y of Korea; ...": one
 * engagement of the subject with each envoy the next sentence lists (two sides or more). */
export function listedEnvoys(
  v: SentenceView,
  t: Trigger,
  next: SentenceView,
  subject: Person | null,
  people: Map<number, Person>,
): Omit<EventDraft, 'id'>[] {
  const own = subject?.affiliation?.value;
  if (!subject || !own || (t.type !== 'meeting' && t.type !== 'talks')) return [];
  const bySide = new Map<string, number>();
  for (const r of next.refs) {
    const side = people.get(r.person)?.affiliation?.value;
    if (side && side !== own && !bySide.has(side)) bySide.set(side, r.person);
  }
  if (bySide.size < 2) return [];
  return [...bySide].map(([side, person]) => ({
    type: t.type,
    planned: t.planned,
    parties: new Set([own, side]),
    persons: new Set([subject.id, person]),
    personParty: new Map([
      [subject.id, own],
      [person, side],
    ]),
    triggers: [{ sentence: v.index, token: t.tokenStart, shared: true }],
    context: [next.index],
    occasionKey: null,
    host: null,
    rule: `trigger:${t.type}:listed-envoys`,
  }));
}
