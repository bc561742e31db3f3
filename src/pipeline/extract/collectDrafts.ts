// Reads the sentences in order, turning triggers into engagement drafts and attaching the
// sentences that follow a trigger to the engagement they continue to describe.
import type { Diagnostic, Doc } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { candidatesFor, LEAD_OCCASION, namedPairCandidate } from './candidates.ts';
import { groupOf, mergeInto, sameEngagement, type EventDraft } from './draft.ts';
import { keysOf, lastOfType, PLURAL_SIDES, returnTo, whereAbroad } from './continuation.ts';
import type { SentenceView } from './sentenceView.ts';
import { findTriggers } from './triggers.ts';
import { mostMentioned, sentenceSubject, verbSubject } from './sentenceSubject.ts';
import { inPassing } from './triggerStatus.ts';
import { sectionHeading, type SectionHeading } from './sectionHeadings.ts';
import { ENVOYS, listedEnvoys } from './counterparts.ts';
import { extend } from '../extend.ts';
import { joinAttendees } from './attendance.ts';
import { jointMeeting, namedAmong, tripTo } from './groupDrafts.ts';

export function collectDrafts(
  doc: Doc,
  views: SentenceView[],
  k: Knowledge,
  headings: readonly SectionHeading[],
): { drafts: EventDraft[]; diagnostics: Diagnostic[] } {
  const people = new Map(doc.people.map((p) => [p.id, p]));
  const protagonist = mostMentioned(doc.people);
  const drafts: EventDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: EventDraft | null = null;
  // the engagements one sentence made with several sides at once
  let sharedGroup: EventDraft[] = [];

  for (const v of views) {
    // headlines restate the body in title case, where names cannot be told from words
    if (v.first < 0 || v.kind === 'teaser' || v.kind === 'furniture' || v.kind === 'headline') continue;
    const triggers = findTriggers(doc, v);
    // the subject only matters to a trigger's candidates
    // "The talks came after X and Y met ...": the subject of a later cue when the first has none
    const subject = triggers.length
      ? (sentenceSubject(doc, v, triggers[0]!.tokenStart, people) ??
        verbSubject(doc, v, triggers, people) ??
        protagonist)
      : null;
    const created: EventDraft[] = [];
    // "called on the EU to scale up ...": a request cue read as a trigger that made no draft
    const asked: typeof triggers = [];
    // triggers that made nothing ("called on Spain to take part in the conference": the request's
    // "take part" names no engagement of its own)
    const idle: typeof triggers = [];
    const passing: typeof triggers = [];
    const visit = triggers.find((t) => t.type === 'visit');
    const trip = visit && tripTo(doc, visit, triggers);
    for (const t of triggers) {
      if (t === visit && trip) continue;
      if (
        t.type === 'conference' &&
        visit &&
        !trip &&
        visit.tokenStart < t.tokenStart &&
        t.tokenStart - visit.tokenEnd <= 10
      )
        continue;
      // "The talks came as ...": the engagement already reported, not a new one
      // ("The meeting was also attended by ..." after a Foreign Ministers' Meeting: the conference)
      if (
        anaphoric(doc, t.tokenStart) &&
        // "At the talks with X": the cue may end with its "with"
        !/^(with|between)$/.test(doc.tokens[t.tokenEnd]?.key ?? '') &&
        !/^(with|between)$/.test(doc.tokens[t.tokenEnd - 1]?.key ?? '') &&
        (drafts.some((d) => d.type === t.type || (TALK.has(d.type) && TALK.has(t.type))) ||
          (t.type === 'meeting' && current?.type === 'conference'))
      )
        continue;
      // an engagement told in passing, once one is reported, frames or recalls it; a visit told so
      // ("X, who arrived in Tokyo on Sunday for a three-day official visit, said ...") is still
      // recorded, but the sentence goes on with the engagement reported
      const told = drafts.length > 0 && inPassing(doc, t, v.first);
      const passingVisit = told && t.type === 'visit';
      if (told && !passingVisit) {
        passing.push(t);
        continue;
      }
      if (t.negated) {
        diagnostics.push({
          stage: 'extract',
          rule: 'negated-trigger',
          reason: 'engagement stated as not happening',
          severity: 'info',
          start: doc.tokens[t.tokenStart]!.start,
          end: doc.tokens[t.tokenEnd - 1]!.end,
        });
        continue;
      }
      const frameParty = whereAbroad(
        doc,
        v,
        drafts,
        subject?.affiliation?.value ?? null,
        sectionHeading(headings, v.index)?.place?.value.country ?? null,
      );
      let found = candidatesFor({ doc, v, t, subject, people, k, frameParty });
      // "During the video conference, Motegi asked ...", the lead having named both ministers
      // with no cue of its own: the pair named just before
      if (!found.length && v.kind === 'body' && t.adverbial && !drafts.some((d) => TALK.has(d.type))) {
        const pair = namedPairCandidate(v, t, views.slice(Math.max(0, v.index - 2), v.index).reverse(), people);
        if (pair) found = [pair];
      }
      if (!found.length && v.kind === 'body' && PLURAL_SIDES.test(keysOf(doc, v))) {
        const earlier = views.slice(Math.max(0, v.index - 2), v.index).reverse();
        const pair = namedPairCandidate(v, t, earlier, people);
        if (pair) found = [pair];
      }
      if (!found.length && v.kind === 'body' && ENVOYS.test(keysOf(doc, v))) {
        const next = views[v.index + 1];
        if (next?.kind === 'body') found = listedEnvoys(v, t, next, subject, people);
      }
      if (passingVisit) {
        passing.push(t);
        for (const c of found) {
          const draft: EventDraft = extend(c, { id: drafts.length });
          for (const tr of draft.triggers) tr.shared = true;
          if (!drafts.some((d) => sameEngagement(d, draft))) drafts.push(draft);
        }
        continue;
      }
      if (!found.length && asksParty(doc, v, t)) asked.push(t);
      else if (!found.length) idle.push(t);
      for (const c of jointMeeting(doc, v, found)) {
        const draft: EventDraft = extend(c, { id: drafts.length });
        // "In her address to the Council": the occasion of the conference just reported
        if (draft.occasionKey === LEAD_OCCASION && current?.occasionKey && groupOf(current.type) === 'multi')
          draft.occasionKey = current.occasionKey;
        const same = drafts.find((d) => sameEngagement(d, draft));
        if (same) {
          mergeInto(same, draft);
          if (!created.includes(same)) created.push(same);
        } else {
          drafts.push(draft);
          created.push(draft);
        }
      }
    }
    if (v.kind !== 'body') continue;
    const primary = created[0];
    const shared = primary?.triggers.find((x) => x.sentence === v.index)?.shared ?? false;
    // after one sentence made an engagement with each of several sides ("The envoys are ..."),
    // "On Morocco, the President called for ...": the one of them the sentence names
    const named = !primary && !triggers.length ? namedAmong(v, sharedGroup) : null;
    if (primary && !shared) current = primary;
    else if (named) {
      named.context.push(v.index);
      current = named;
    } else if (
      !primary &&
      current &&
      triggers.every(
        (t) =>
          anaphoric(doc, t.tokenStart) ||
          asked.includes(t) ||
          passing.includes(t) ||
          (idle.includes(t) && asked.length > 0),
      )
    ) {
      // "During the visit, ...": the latest engagement of that kind; a sentence about people of an
      // earlier engagement and not of the current one goes back to that one (and the report with it)
      const target: EventDraft =
        (passing.length ? null : lastOfType(drafts, triggers[0]?.type)) ?? returnTo(doc, v, drafts, current) ?? current;
      target.context.push(v.index);
      joinAttendees(doc, v, target, people);
      current = target;
    } else if (shared) {
      current = null;
      sharedGroup = created;
    }
  }
  return { drafts, diagnostics };
}

/** "called on the European Union to ...": a request cue that asks a named country or body. */
function asksParty(doc: Doc, v: SentenceView, t: { tokenStart: number; tokenEnd: number }): boolean {
  if (!v.cues.some((c) => c.label === 'request' && c.tokenStart === t.tokenStart)) return false;
  // the mention may include the article ("the European Union") or not
  const at = doc.tokens[t.tokenEnd]?.key === 'the' ? t.tokenEnd + 1 : t.tokenEnd;
  return v.mentions.some(
    (m) => (m.tokenStart === at || m.tokenStart === t.tokenEnd) && (m.kind === 'country' || m.kind === 'org'),
  );
}

/** "The talks" after a call or a meeting is the same engagement told by another word. */
const TALK = new Set(['meeting', 'talks', 'call']);

/** "During the meeting, ...", "the talks", "this visit": the engagement already being reported. */
function anaphoric(doc: Doc, tokenStart: number): boolean {
  return /^(the|this|that|these|those)$/.test(doc.tokens[tokenStart - 1]?.key ?? '');
}
