// Turns one trigger in one sentence into candidate engagements: who the counterparts are, which
// sides take part, and for visits where to; for conferences and speeches, which occasion.
import type { Doc, Mention, Person } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { EventDraft } from './draft.ts';
import type { SentenceView } from './sentenceView.ts';
import type { Trigger } from './triggers.ts';
import { attendedOccasions } from './attendance.ts';
import { fold } from '../../text/fold.ts';
import { gatheringCandidates } from './gatheringCandidates.ts';
import { visitCandidate } from './visitCandidate.ts';
import { absentSender, nominalCounterparts } from './counterparts.ts';

export interface CandidateInput {
  doc: Doc;
  v: SentenceView;
  t: Trigger;
  subject: Person | null;
  people: Map<number, Person>;
  k: Knowledge;
  /** The other side of the engagement being reported, if any: where the story is. */
  frameParty?: string | null;
}

export type Candidate = Omit<EventDraft, 'id'>;
export type Base = (over: Partial<Candidate>) => Candidate;

export function candidatesFor(input: CandidateInput): Candidate[] {
  const { doc, v, t, subject, people, k, frameParty = null } = input;
  const zone = (tok: number) => tok >= t.tokenEnd && tok < t.zoneEnd;
  const between = doc.tokens[t.tokenEnd]?.key === 'between';
  let zonePersons = uniq(
    v.refs
      .filter((r) => zone(r.tokenStart) && (between || r.person !== subject?.id) && !absentSender(doc, r.tokenStart))
      .map((r) => r.person),
  );
  const base: Base = (over) =>
    withSides(
      {
        type: t.type,
        planned: t.planned,
        earlier: t.earlier,
        parties: new Set(),
        persons: new Set(),
        triggers: [{ sentence: v.index, token: t.tokenStart, shared: false }],
        context: [],
        occasionKey: null,
        host: null,
        rule: `trigger:${t.type}`,
        personParty: new Map(),
        ...over,
      },
      people,
    );
  // "holding talks with his counterparts from Ghana and Egypt": one engagement per side named
  if (
    !zonePersons.length &&
    subject?.affiliation &&
    (t.type === 'meeting' || t.type === 'talks' || t.type === 'call')
  ) {
    const sides = nominalCounterparts(doc, v, t, subject.affiliation.value);
    if (sides.length)
      return sides.map((side) =>
        base({
          parties: new Set([subject.affiliation!.value, side]),
          persons: new Set([subject.id]),
          rule: `trigger:${t.type}:nominal-counterparts`,
        }),
      );
  }
  // "He made the call when Mr Tong Defa paid a courtesy call on him": the visitor is before the cue
  if (!zonePersons.length && !t.adverbial)
    zonePersons = uniq(
      v.refs.filter((r) => r.tokenStart < t.tokenStart && r.person !== subject?.id).map((r) => r.person),
    );
  const subjectParty = subject?.affiliation?.value ?? null;

  if (t.type === 'interview') {
    if (!subject) return [];
    return [base({ persons: new Set([subject.id]), parties: new Set(subjectParty ? [subjectParty] : []) })];
  }
  if (t.type === 'conference' || t.type === 'speech') return gatheringCandidates(input, base);
  if (t.type === 'visit') return visitCandidate(input, zone, base);

  // "called on UN Secretary-General X" is a courtesy call; "called on X to ..." is a request
  const calledOn = /^(called|calls|calling) on$/.test(
    doc.tokens
      .slice(t.tokenStart, t.tokenEnd)
      .map((x) => x.key)
      .join(' '),
  );
  if (calledOn) {
    const first = v.refs.find((r) => zone(r.tokenStart));
    const after = first ? doc.tokens.findIndex((x) => x.start >= first.end) : -1;
    if (!first || doc.tokens[after]?.key === 'to') return [];
    // "called on New Delhi to encourage ...": a place or body asked to act, before any person
    const at = doc.tokens[t.tokenEnd]?.key === 'the' ? t.tokenEnd + 1 : t.tokenEnd;
    const named = v.mentions.find(
      (m) =>
        (m.tokenStart === at || m.tokenStart === t.tokenEnd) &&
        (m.kind === 'country' || m.kind === 'city' || m.kind === 'org'),
    );
    if (named && doc.tokens[named.tokenEnd]?.key === 'to') return [];
  }
  // meeting, talks, call
  const out: Candidate[] = [];
  const byParty = new Map<string, number[]>();
  // "Peters was received by President Prabowo Subianto" during a visit to Indonesia: a counterpart
  // the text never places took the article's side by default; alone on the subject's side, they
  // are of the side the report is with
  const guessed = new Map<number, string>();
  for (const id of zonePersons) {
    let party = people.get(id)?.affiliation?.value;
    // a counterpart the text gives no side at all, alone in the sentence: the side abroad
    if (!party && zonePersons.length === 1 && frameParty && frameParty !== subjectParty) {
      party = frameParty;
      guessed.set(id, party);
    }
    if (!party) continue;
    // likewise a counterpart given the article's side by default when the sentence puts the
    // engagement abroad ("held talks with Foreign Minister X in Tokyo" in a wire story whose
    // default side is a country it only discusses)
    if (
      frameParty &&
      frameParty !== subjectParty &&
      party !== frameParty &&
      zonePersons.length === 1 &&
      people.get(id)?.affiliation?.evidence.provenance === 'inferred'
    ) {
      party = frameParty;
      guessed.set(id, party);
    }
    byParty.set(party, [...(byParty.get(party) ?? []), id]);
  }
  if (between && zonePersons.length >= 2) {
    return [base({ persons: new Set(zonePersons), parties: new Set(byParty.keys()) })];
  }
  for (const [party, ids] of byParty) {
    if (party === subjectParty || !subjectParty) continue;
    const c = base({
      persons: new Set([...(subject ? [subject.id] : []), ...ids]),
      parties: new Set([subjectParty, party]),
    });
    for (const [id, side] of guessed) if (c.persons.has(id)) c.personParty.set(id, side);
    out.push(c);
  }
  if (out.length || zonePersons.length || calledOn) return out;
  // "co-chaired the ASEAN Regional Forum" with nobody on the other side: a conference
  if (/^(co|jointly)/.test(doc.tokens[t.tokenStart]!.key) && subject) {
    const occ = attendedOccasions(doc, v, t);
    if (occ.length)
      return occ.map((o) =>
        base({
          type: 'conference',
          persons: new Set([subject.id]),
          parties: new Set(subjectParty ? [subjectParty] : []),
          occasionKey: fold(o.value),
        }),
      );
  }
  // no person named: sides by name ("met with leaders of the US, EU, UK ..."), nominal titles;
  // only after a verb that says the meeting happened ("trade talks with EFTA" is not one)
  if (!subjectParty) return [];
  const cue = doc.tokens
    .slice(t.tokenStart, t.tokenEnd)
    .map((x) => x.key)
    .join(' ');
  const verb = doc.tokens[t.tokenStart - 1]?.key ?? '';
  const nounCue =
    /^(talks|talks with|talks between|meeting|meetings|meeting with|meetings with|negotiations with|discussion with|discussions with|working session|working sessions with)$/.test(
      cue,
    );
  const happened =
    /^(held|hold|holds|had|have|has|holding|having)$/.test(verb) ||
    (t.adverbial && /^(a|the|his|her|their)$/.test(verb));
  if (nounCue && !happened) return [];
  const sides = objectSides(doc, v, t);
  const seen = new Set<string>();
  for (const m of sides) {
    const party = m.kind === 'title' ? m.attrs.affiliation! : (k.partyOf.get(m.value) ?? m.value);
    if (party === subjectParty || seen.has(party)) continue;
    seen.add(party);
    out.push(
      base({
        persons: new Set(subject ? [subject.id] : []),
        parties: new Set([subjectParty, party]),
        rule: `trigger:${t.type}:party-named`,
      }),
    );
  }
  if (out.length > 1) for (const c of out) c.triggers[0]!.shared = true;
  return out;
}

/**
 * "Meeting at the ministry, the two ministers reviewed ...": a meeting cue whose sides are only
 * "the two ministers" takes the two people of different sides named last before it (`earlier`:
 * the refs of the sentences before, nearest first).
 */
export function namedPairCandidate(
  v: SentenceView,
  t: Trigger,
  earlier: readonly SentenceView[],
  people: Map<number, Person>,
): Candidate | null {
  if (t.type !== 'meeting' && t.type !== 'talks' && t.type !== 'call') return null;
  for (const prev of earlier) {
    const bySide = new Map<string, number>();
    for (const r of prev.refs) {
      const side = people.get(r.person)?.affiliation?.value;
      if (side && !bySide.has(side)) bySide.set(side, r.person);
    }
    if (bySide.size === 0) continue;
    if (bySide.size !== 2) return null;
    return withSides(
      {
        type: t.type,
        planned: t.planned,
        parties: new Set(bySide.keys()),
        persons: new Set(bySide.values()),
        triggers: [{ sentence: v.index, token: t.tokenStart, shared: false }],
        context: [],
        occasionKey: null,
        host: null,
        rule: `trigger:${t.type}:named-pair`,
        personParty: new Map(),
      },
      people,
    );
  }
  return null;
}

const FILLER = new Set([
  'the',
  'a',
  'many',
  'several',
  'leaders',
  'leader',
  'of',
  'partner',
  'partners',
  'countries',
  'such',
  'as',
  ',',
  'and',
  'counterparts',
  'counterpart',
  'from',
  'delegations',
  'delegation',
  'officials',
  'representatives',
  'his',
  'her',
  'their',
  'top',
  'diplomats',
  'ministers',
  'including',
  'both',
  'senior',
  'foreign',
  'heads',
  'head',
  'on',
  'separately',
  'also',
  'well',
]);

/** Sides named right after "met with": "many leaders of partner countries such as the US, EU, UK". */
function objectSides(doc: Doc, v: SentenceView, t: Trigger): Mention[] {
  const out: Mention[] = [];
  let j = t.tokenEnd;
  while (j < t.zoneEnd) {
    const m = v.mentions.find(
      (x) =>
        x.tokenStart === j &&
        (x.kind === 'country' ||
          x.kind === 'org' ||
          (x.kind === 'title' && x.attrs.affiliation && x.rule === 'title-nominal')),
    );
    if (m) {
      if (!insideOccasion(v, m)) out.push(m);
      j = m.tokenEnd;
      continue;
    }
    const inner = v.mentions.find((x) => x.tokenStart === j && x.kind === 'title');
    if (inner) {
      j = inner.tokenEnd;
      continue;
    }
    if (!FILLER.has(doc.tokens[j]!.key)) break;
    j++;
  }
  return out;
}

function withSides(c: Candidate, people: Map<number, Person>): Candidate {
  for (const id of c.persons) {
    const party = people.get(id)?.affiliation?.value;
    if (party && !c.personParty.has(id)) c.personParty.set(id, party);
  }
  return c;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function insideOccasion(v: SentenceView, m: Mention): boolean {
  return v.mentions.some((x) => x.kind === 'occasion' && x.tokenStart <= m.tokenStart && m.tokenEnd <= x.tokenEnd);
}

export { LEAD_OCCASION } from './gatheringCandidates.ts';
