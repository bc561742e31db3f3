// Whose visit a visit cue reports: "Lam's state visit", "the visit by/of President X", "the
// State Visit that President X will pay", "as Prime Minister X is set to visit".
import type { Doc, Person } from '../doc.ts';
import type { SentenceView } from './sentenceView.ts';
import type { Trigger } from './triggers.ts';

/** "the top leader's upcoming trip", "Lam's state visit": whose visit it is. */
function possessor(doc: Doc, v: SentenceView, t: Trigger, people: Map<number, Person>): Person | null {
  let j = t.tokenStart - 1;
  while (
    j > v.first &&
    /^(upcoming|forthcoming|official|state|working|first|recent|planned|two|three|day|-|visit)$/.test(
      doc.tokens[j]!.key,
    )
  )
    j--;
  if (doc.tokens[j]?.key !== 's' || doc.tokens[j - 1]?.key !== "'") return null;
  const ref = [...v.refs]
    .reverse()
    .find((r) => r.tokenStart < j - 1 && doc.tokens[j - 2]!.end <= r.end + 1 && r.end >= doc.tokens[j - 2]!.start);
  return ref ? (people.get(ref.person) ?? null) : null;
}

/** "the visit by/of President X", "the State Visit that President X will pay": the person right
 * after the visit noun and its linking word. */
function agentAfter(doc: Doc, v: SentenceView, t: Trigger, people: Map<number, Person>): Person | null {
  // the linking word follows the cue ("state visit by") or ends it ("visit of")
  const linked = /^(by|of)$/.test(doc.tokens[t.tokenEnd - 1]?.key ?? '');
  if (!linked && !/^(that|which|by|of)$/.test(doc.tokens[t.tokenEnd]?.key ?? '')) return null;
  const from = linked ? t.tokenEnd - 1 : t.tokenEnd;
  const ref = v.refs.find((r) => r.tokenStart > from && r.tokenStart - from <= 8 && r.tokenStart < t.zoneEnd);
  return ref ? (people.get(ref.person) ?? null) : null;
}

/** "The talks came as Prime Minister X is set to visit Busan": the person just before the visit
 * cue, when the sentence's subject is not in the sentence. */
function agentBefore(
  doc: Doc,
  v: SentenceView,
  t: Trigger,
  subject: Person | null,
  people: Map<number, Person>,
): Person | null {
  const ref = [...v.refs].reverse().find((r) => r.tokenStart < t.tokenStart && t.tokenStart - r.tokenStart <= 8);
  if (!ref) return null;
  const own = subject ? v.refs.filter((r) => r.person === subject.id && r.tokenStart < ref.tokenStart) : [];
  // "He said President X will pay a state visit": the subject reports someone else's visit
  if (own.length && ref.person !== subject?.id) {
    const said = doc.tokens.slice(own[own.length - 1]!.tokenStart, ref.tokenStart).some((x) => SAYING.has(x.key));
    return said ? (people.get(ref.person) ?? null) : null;
  }
  if (subject && v.refs.some((r) => r.person === subject.id && r.tokenStart < t.tokenStart)) return null;
  return people.get(ref.person) ?? null;
}

const SAYING = new Set(['said', 'says', 'added', 'noted', 'announced', 'confirmed', 'told', 'stated', 'disclosed']);

const HOSTING = /^(receive|receives|received|receiving|host|hosts|hosted|hosting|welcome|welcomes|welcomed|welcoming)$/;

/** "Lula will receive Indian Prime Minister Modi ... for a state visit": the one received. */
function guestOf(doc: Doc, v: SentenceView, t: Trigger, people: Map<number, Person>): Person | null {
  let j = t.tokenStart - 1;
  while (j > v.first && /^(a|an|the|his|her|their|state|official|working)$/.test(doc.tokens[j]!.key)) j--;
  if (!/^(for|on)$/.test(doc.tokens[j]?.key ?? '')) return null;
  for (let h = j - 1; h >= v.first; h--) {
    if (!HOSTING.test(doc.tokens[h]!.key)) continue;
    const ref = v.refs.find((r) => r.tokenStart > h && r.tokenStart < j);
    return ref ? (people.get(ref.person) ?? null) : null;
  }
  return null;
}

/** The visitor: a possessor, the person after the cue, one received for it, the person just
 * before it, else the sentence's subject. */
export function visitorOf(
  doc: Doc,
  v: SentenceView,
  t: Trigger,
  subject: Person | null,
  people: Map<number, Person>,
): Person | null {
  return (
    possessor(doc, v, t, people) ??
    agentAfter(doc, v, t, people) ??
    guestOf(doc, v, t, people) ??
    agentBefore(doc, v, t, subject, people) ??
    subject
  );
}
