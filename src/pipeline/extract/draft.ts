// An engagement while it is being assembled from sentences, and the rule for when two
// sightings are the same engagement.
import type { EventType } from '../doc.ts';

export interface EventDraft {
  id: number;
  type: EventType;
  planned: boolean;
  parties: Set<string>;
  persons: Set<number>;
  /** The side each person is on. */
  personParty: Map<number, string>;
  /** Sentences whose trigger produced or confirmed this event, with the trigger's token. */
  triggers: { sentence: number; token: number; shared: boolean }[];
  /** Following sentences that talk about it ("The two sides agreed ..."). */
  context: number[];
  occasionKey: string | null;
  /** For visits: the host country. */
  host: string | null;
  /** A state, official or working visit: an engagement in its own right, beside its meetings. */
  formalVisit?: boolean;
  /** Told as before the time of the report ("had met for the first time in New York"). */
  earlier?: boolean;
  rule: string;
}

export type Group = 'bilateral' | 'multi' | 'interview';

export function groupOf(type: EventType): Group {
  if (type === 'conference' || type === 'speech') return 'multi';
  if (type === 'interview') return 'interview';
  return 'bilateral';
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Two sightings are one engagement when kind, sides and people agree. */
export function sameEngagement(a: EventDraft, b: EventDraft): boolean {
  const g = groupOf(a.type);
  if (g !== groupOf(b.type)) return false;
  if (g === 'multi') {
    if (!a.occasionKey || a.occasionKey !== b.occasionKey) return false;
    // each speaker's address is an engagement of its own; attending is the gathering's
    if (a.type !== 'speech' && b.type !== 'speech') return true;
    if (a.type === 'speech' && b.type === 'speech') return [...a.persons].some((p) => b.persons.has(p));
    // a gathering seen only through its speaker is the speech; one with other people is not
    const gathering = a.type === 'speech' ? b : a;
    const speech = gathering === a ? b : a;
    return gathering.persons.size > 0 && [...gathering.persons].every((p) => speech.persons.has(p));
  }
  if (g === 'interview') return [...a.persons].some((p) => b.persons.has(p));
  if (!sameSet(a.parties, b.parties)) return false;
  // what happened is not what is still to come ("discussed preparations for a visit to X")
  if (a.planned !== b.planned) return false;
  // nor what had happened before ("X and Y had met for the first time in New York")
  if (!!a.earlier !== !!b.earlier) return false;
  // a visit to each side (the return trip) is another engagement
  if (a.type === 'visit' && b.type === 'visit' && a.host && b.host && a.host !== b.host) return false;
  // the PM's talks with the President are not the FM's meeting with the FM: on some side both
  // name people, and different ones
  // a visit frames its meetings: a meeting with a named host is its own engagement
  const visit = a.type === 'visit' ? a : b.type === 'visit' ? b : null;
  const other = visit === a ? b : a;
  if (
    // (a trip announced ahead is listed apart from the meetings planned on it)
    (visit?.formalVisit || visit?.planned) &&
    other.type !== 'visit' &&
    visit.host &&
    [...other.persons].some((p) => other.personParty.get(p) === visit.host)
  )
    return false;
  for (const party of a.parties) {
    const pa = [...a.persons].filter((p) => a.personParty.get(p) === party);
    const pb = [...b.persons].filter((p) => b.personParty.get(p) === party);
    if (pa.length && pb.length && !pa.some((p) => pb.includes(p))) return false;
  }
  return true;
}

export function mergeInto(target: EventDraft, other: EventDraft): void {
  for (const p of other.parties) target.parties.add(p);
  for (const p of other.persons) target.persons.add(p);
  for (const [p, party] of other.personParty) target.personParty.set(p, party);
  target.triggers.push(...other.triggers);
  target.planned = target.planned && other.planned;
  // a meeting seen in a caption and in the text is still a meeting; a visit framing a meeting
  // keeps the more specific kind
  if (target.type === 'visit' && other.type !== 'visit' && !target.planned) target.type = other.type;
  // "received a phone call from X": the call is what happened, not a reception
  else if (
    other.type === 'call' &&
    (target.type === 'meeting' || target.type === 'talks') &&
    other.triggers.some((o) => target.triggers.some((t) => t !== o && t.sentence === o.sentence))
  )
    target.type = 'call';
  if (groupOf(target.type) === 'multi' && other.type === 'speech') target.type = 'speech';
  target.occasionKey ??= other.occasionKey;
  target.host ??= other.host;
  target.formalVisit = !!(target.formalVisit || other.formalVisit);
}
