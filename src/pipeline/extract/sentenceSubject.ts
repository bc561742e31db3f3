// Whose engagement a sentence reports: the person the main clause names before its cue, else the
// subject right before a later cue, else the person the article mentions most.
import type { Doc, Person } from '../doc.ts';
import { clauseStart } from '../resolve/clauseStart.ts';
import type { SentenceView } from './sentenceView.ts';
import type { Trigger } from './triggers.ts';

export function mostMentioned(people: readonly Person[]): Person | null {
  let best: Person | null = null;
  for (const p of people) if (!best || p.mentions.length > best.mentions.length) best = p;
  return best;
}

/** The first person referred to in the main clause, before the trigger. */
export function sentenceSubject(
  doc: Doc,
  v: SentenceView,
  triggerToken: number,
  people: Map<number, Person>,
): Person | null {
  const from = clauseStart(doc.tokens, v.first);
  const ref = v.refs.find((r) => r.tokenStart >= from && r.tokenStart < Math.max(triggerToken, from + 1));
  if (ref) return people.get(ref.person) ?? null;
  // the trigger opens the sentence ("Meeting X, the Vietnamese official ..."): subject after the comma
  const after = v.refs.find((r) => r.tokenStart >= from);
  return after && triggerToken < from && after.tokenStart - from <= 2 ? (people.get(after.person) ?? null) : null;
}

/** A later cue's subject right before it ("... came after X and Y met"), when the first has none. */
export function verbSubject(doc: Doc, v: SentenceView, triggers: readonly Trigger[], people: Map<number, Person>) {
  for (const t of triggers.slice(1)) {
    const before = doc.tokens[t.tokenStart - 1];
    if (before && v.refs.some((r) => r.end === before.end)) return sentenceSubject(doc, v, t.tokenStart, people);
  }
  return null;
}
