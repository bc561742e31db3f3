// Engagements that one sentence makes with several sides, and journeys to a conference:
// "held a trilateral meeting" (one engagement), "The envoys are X of A; Y of B" (one each, and
// which of them a later sentence is about), "travelled to X for the meeting of ..." (the meeting).
import type { Doc } from '../doc.ts';
import { groupOf, type EventDraft } from './draft.ts';
import { keysOf } from './continuation.ts';
import type { SentenceView } from './sentenceView.ts';

/**
 * "held a trilateral meeting", "the three ministers": one engagement of all the sides the
 * sentence names, not one bilateral per counterpart.
 */
export function jointMeeting(
  doc: Doc,
  v: SentenceView,
  candidates: Omit<EventDraft, 'id'>[],
): Omit<EventDraft, 'id'>[] {
  if (candidates.length < 2 || candidates.some((c) => groupOf(c.type) !== 'bilateral')) return candidates;
  const text = keysOf(doc, v);
  // "welcomed his French and Polish counterparts ... for a meeting of the Weimar Triangle": met
  // together, unless the text says one by one
  const together =
    /\b(trilateral|three - way|quadrilateral|the three (ministers|leaders|countries|sides|foreign ministers))\b/.test(
      text,
    ) ||
    (/\bcounterparts\b/.test(text) &&
      /\b(meeting|meetings|talks) of the\b/.test(text) &&
      !/\b(separate|separately|respectively|individually|bilateral meetings|one by one)\b/.test(text));
  if (!together) return candidates;
  const [first, ...rest] = candidates;
  const joint = {
    ...first!,
    parties: new Set(first!.parties),
    persons: new Set(first!.persons),
    personParty: new Map(first!.personParty),
  };
  for (const c of rest) {
    for (const p of c.parties) joint.parties.add(p);
    for (const p of c.persons) joint.persons.add(p);
    for (const [p, party] of c.personParty) joint.personParty.set(p, party);
  }
  joint.triggers = [{ ...first!.triggers[0]!, shared: false }];
  joint.rule = `${first!.rule}:joint`;
  return [joint];
}

/** The one engagement of a group whose own side (one the others lack) the sentence names. */
export function namedAmong(v: SentenceView, group: readonly EventDraft[]): EventDraft | null {
  if (group.length < 2) return null;
  const named = group.filter((d) =>
    v.mentions.some(
      (m) => m.kind === 'country' && d.parties.has(m.value) && !group.every((o) => o.parties.has(m.value)),
    ),
  );
  return named.length === 1 ? named[0]! : null;
}

/** "travelled to Reykjavik for the meeting of the NB8 ministers": a journey whose purpose is the
 * conference named after it; the conference is the engagement, not a visit to the host. */
export function tripTo(
  doc: Doc,
  visit: { tokenStart: number; tokenEnd: number },
  triggers: readonly { type: string; tokenStart: number }[],
): boolean {
  if (
    !/^(travelled|traveled|travels|travel|flew|flies|arrived|arrives|headed|heads|went)$/.test(
      doc.tokens[visit.tokenStart]?.key ?? '',
    )
  )
    return false;
  const conference = triggers.find(
    (t) => t.type === 'conference' && t.tokenStart > visit.tokenEnd && t.tokenStart - visit.tokenEnd <= 10,
  );
  if (!conference) return false;
  for (let i = visit.tokenEnd; i <= conference.tokenStart; i++)
    if (/^(for|attend)$/.test(doc.tokens[i]!.key)) return true;
  return false;
}
