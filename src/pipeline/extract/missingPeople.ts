// A side an engagement names without a person ("met with ... the EU", a visit's hosts): its
// best-known person in the article, when there is exactly one.
import type { Doc, Person } from '../doc.ts';
import { groupOf, type EventDraft } from './draft.ts';
import type { SentenceView } from './sentenceView.ts';

/** A side named without a person ("met with ... the EU"): its best-known person in the article. */
export function fillMissingPeople(
  doc: Doc,
  d: EventDraft,
  drafts: readonly EventDraft[],
  all: readonly Person[],
  views: readonly SentenceView[],
): void {
  if (groupOf(d.type) !== 'bilateral') return;
  const pool = d.type === 'visit' ? visitHosts(doc, d, drafts, all, views) : all;
  for (const party of d.parties) {
    const present = [...d.persons].some((id) => all.find((p) => p.id === id)?.affiliation?.value === party);
    if (present) continue;
    const candidates = pool.filter(
      (p) => p.affiliation?.value === party && p.affiliation.evidence.provenance === 'stated' && p.titles.length > 0,
    );
    const best = candidates.sort((a, b) => b.mentions.length - a.mentions.length)[0];
    if (best && candidates.length === 1) d.persons.add(best.id);
  }
}

/** Who may fill a visit's host side. */
function visitHosts(
  doc: Doc,
  d: EventDraft,
  drafts: readonly EventDraft[],
  all: readonly Person[],
  views: readonly SentenceView[],
): Person[] {
  // a visit's host side takes part through people named where the visit is told, not through
  // whoever else of that country the article names ("the visit that X will pay to Brazil")
  // (after the cue, as its object: not the speaker before it, nor the host who only invited)
  const told = new Set(
    d.triggers.flatMap(
      (t) =>
        views[t.sentence]?.refs
          .filter((r) => r.tokenStart > t.token && !invited(doc, r.tokenStart))
          .map((r) => r.person) ?? [],
    ),
  );
  // and not already the counterpart of a meeting told in the same breath ("During his visit to
  // Hungary, X held talks with Y")
  const elsewhere = new Set(drafts.filter((o) => o !== d).flatMap((o) => [...o.persons]));
  return all.filter((p) => told.has(p.id) && !elsewhere.has(p.id));
}

/** "at the invitation of President X": X within the few words after "invitation of". */
function invited(doc: Doc, tokenStart: number): boolean {
  for (let j = tokenStart - 1; j >= Math.max(0, tokenStart - 6); j--)
    if (doc.tokens[j]?.key === 'of' && doc.tokens[j - 1]?.key === 'invitation') return true;
  return false;
}
