// Which person a short or nominal mention refers to: a bare name part ("Mohamad"), a title
// without a name ("the Minister", "the Vietnamese FM", "his Omani counterpart"), "the top leader".
import type { Doc, Person } from '../doc.ts';

/** A person being resolved: the keys of their name, side votes and the sides stated for them. */
export interface PersonDraft extends Person {
  keys: string[];
  affVotes: Map<string, number>;
  /** Sides a title or "of <country>" states for this person (nominal guesses excluded). */
  claims: Set<string>;
}

const RANK = [
  'head_of_state',
  'party_leader',
  'head_of_government',
  'legislature_head',
  'deputy_head_of_government',
  'foreign_minister',
];
export function topRanked(drafts: PersonDraft[]): PersonDraft | undefined {
  const score = (d: PersonDraft) => Math.min(...d.titles.map((t) => RANK.indexOf(t.kind) + 1 || 99), 99);
  return [...drafts].filter((d) => d.keys.length >= 2 && d.titles.length).sort((a, b) => score(a) - score(b))[0];
}

export function pickByToken(drafts: PersonDraft[], key: string, at: number): PersonDraft | undefined {
  // loops, not closures over key: this runs at every capitalised word (a closure's context is an
  // allocation per call)
  // someone already named with this name part, given or family ("Mohamad asked ..." after
  // "Mohamad Hasan", even once "Mahathir Mohamad" has come up in passing): the most mentioned,
  // then the first named
  let best: PersonDraft | undefined;
  for (const d of drafts) {
    if (d.keys.length < 2 || !d.keys.includes(key) || !introducedBefore(d, at)) continue;
    if (!best || d.mentions.length > best.mentions.length) best = d;
  }
  if (best) return best;
  // nobody yet: a surname first, else any name part
  const pool: PersonDraft[] = [];
  for (const d of drafts) if (d.keys.length >= 2 && d.keys.at(-1) === key) pool.push(d);
  if (!pool.length) for (const d of drafts) if (d.keys.length >= 2 && d.keys.includes(key)) pool.push(d);
  return pool.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

function introducedBefore(d: PersonDraft, at: number): boolean {
  for (const m of d.mentions) if (m.start < at) return true;
  return false;
}

export function pickNominal(
  drafts: PersonDraft[],
  affiliation: string | null,
  office: string | null,
  title: string | null = null,
  /** Offices a lower-case head allows ("the Egyptian ambassador"): undefined, any. */
  headOffices?: readonly string[],
  /** Where each person is first named in the body: when the nominal names no side, the first
   * named of those whose title it fits is favoured. */
  order: Map<PersonDraft, number> | null = null,
): PersonDraft | undefined {
  const pool = drafts.filter((d) => d.keys.length >= 2);
  const sameAff = affiliation ? pool.filter((d) => d.affVotes.has(affiliation)) : [];
  // an unplaced person takes a nominal's side only when the office agrees ("the Vietnamese FM" →
  // the FM nobody placed); "the European Commissioner" is not the Prime Minister
  // (an organisation's "Chair" is nobody's side until the text says so); "the Egyptian
  // ambassador" is not the unplaced President
  const unaffiliated = pool.filter(
    (d) =>
      d.affVotes.size === 0 &&
      (!office || (office !== 'official' && d.titles.some((t) => t.kind === office))) &&
      (!headOffices || d.titles.some((t) => headOffices.includes(t.kind))),
  );
  const candidates = sameAff.length ? sameAff : affiliation ? unaffiliated : pool;
  const fits = (d: PersonDraft) => !!title && d.titles.some((t) => t.title.toLowerCase().includes(title.toLowerCase()));
  let lead: PersonDraft | null = null;
  if (order)
    for (const d of candidates)
      if (fits(d) && (order.get(d) ?? Infinity) < (lead ? (order.get(lead) ?? Infinity) : Infinity)) lead = d;
  const ranked = candidates
    .map((d) => ({
      d,
      score:
        d.mentions.length +
        (office && d.titles.some((t) => t.kind === office) ? 5 : 0) +
        (fits(d) ? (d === lead ? 16 : 10) : 0),
    }))
    .sort((a, b) => b.score - a.score);
  return ranked[0]?.d;
}

export function namedBefore(drafts: PersonDraft[], sentence: number, at: number): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  let bestAt = -1;
  for (const d of drafts)
    for (const m of d.mentions)
      if (m.sentence === sentence && m.start < at && m.start > bestAt) {
        best = d;
        bestAt = m.start;
      }
  return best;
}

/** Where each person with a title is first named in the body. */
export function bodyOrder(doc: Doc, drafts: PersonDraft[]): Map<PersonDraft, number> {
  const out = new Map<PersonDraft, number>();
  for (const d of drafts) {
    if (!d.titles.length) continue;
    for (const m of d.mentions)
      if (doc.sentences[m.sentence]?.kind === 'body' && m.start < (out.get(d) ?? Infinity)) out.set(d, m.start);
  }
  return out;
}
