// Who attends a conference or gives a speech, and which occasions a cue names right after itself.
import type { Doc, Mention, Person } from '../doc.ts';
import type { SentenceView } from './sentenceView.ts';
import { groupOf, type EventDraft } from './draft.ts';
import type { Trigger } from './triggers.ts';
import { absentSender } from './counterparts.ts';

/** Who attends: the subject, and for attendance (not a speech) everyone the sentence names
 * ("A and B both attended the plenary, alongside C"), but not one it is done for ("on behalf of
 * President X"). */
export function attendees(doc: Doc, v: SentenceView, t: Trigger, subject: Person): Set<number> {
  const out = new Set([subject.id]);
  if (t.type === 'conference')
    for (const r of v.refs) if (r.person === subject.id || !absentSender(doc, r.tokenStart)) out.add(r.person);
  return out;
}

export function sidesOf(persons: Set<number>, people: Map<number, Person>): Set<string> {
  const out = new Set<string>();
  for (const id of persons) {
    const side = people.get(id)?.affiliation?.value;
    if (side) out.add(side);
  }
  return out;
}

/** The occasions a trigger names right after itself: "attended the X", "to attend X, Y and the Z". */
export function attendedOccasions(doc: Doc, v: SentenceView, t: Trigger): Mention[] {
  const occs = v.mentions.filter((m) => m.kind === 'occasion').sort((a, b) => a.tokenStart - b.tokenStart);
  const out: Mention[] = [];
  let at = t.tokenEnd;
  for (const m of occs) {
    if (m.tokenStart < at) continue;
    const gap = doc.tokens
      .slice(at, m.tokenStart)
      .map((x) => x.key)
      .join(' ')
      .replace(/^(today|yesterday|on \w+day|this week|this morning) ?/, '')
      // "the expanded BRICS Summit", "the upcoming G20 Summit": a word saying which session
      .replace(
        /\b(expanded|upcoming|forthcoming|annual|extraordinary|special|informal|virtual|emergency|next|first|second|third|inaugural)$/,
        '',
      )
      .trim()
      // the occasion's span starts at its name: "the 58th session of the" is before it
      .replace(/ ?(the )?\d+(st|nd|rd|th) (session|meeting|summit) of( the)?$/, '');
    if (
      !/^(the|a|an|at|in|at the|in the|, the|and the|, and the|and|,|)$/.test(gap) &&
      !/^(at |in )?the (opening|closing|plenary|inaugural|general|high - level|ministerial|leaders|summit)( \w+)?( session| segment| ceremony| debate)? of( the)?$/.test(
        gap,
      )
    )
      break;
    out.push(m);
    at = m.tokenEnd;
  }
  return out;
}

/** "ASEAN-US Conference" names its sides. */
export function hyphenPairParties(v: SentenceView, occ: Mention): string[] {
  const inside = v.mentions.filter(
    (m) => (m.kind === 'country' || m.kind === 'org') && m.tokenStart >= occ.tokenStart && m.tokenEnd <= occ.tokenEnd,
  );
  if (inside.length < 2) return [];
  return inside.map((m) => m.value);
}

const ATTENDED =
  /\b(also present (was|were)|(was|were) also present|(was|were) attended by|also attended by|(was|were) accompanied by|also in attendance (was|were)|joined by)\b/i;

/** "Also present was Foreign Minister X", "The meeting was attended by ...": the people named
 * take part in the engagement the sentence continues, when they are of one of its sides; a
 * conference takes in their countries as well. */
export function joinAttendees(doc: Doc, v: SentenceView, target: EventDraft, people: Map<number, Person>): void {
  const text = doc.text.slice(doc.tokens[v.first]!.start, doc.tokens[v.end - 1]!.end);
  if (!ATTENDED.test(text)) return;
  const multi = groupOf(target.type) === 'multi';
  for (const r of v.refs) {
    const side = people.get(r.person)?.affiliation?.value;
    if (!side || (!multi && !target.parties.has(side)) || target.persons.has(r.person)) continue;
    target.parties.add(side);
    target.persons.add(r.person);
    target.personParty.set(r.person, side);
  }
}
