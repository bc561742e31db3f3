// Finds what makes a sentence report an engagement ("met with", "held talks", "phone call",
// "attended the ... Conference", "visit to") and the stretch of tokens its counterparts are in.
import type { Doc } from '../doc.ts';
import { TRIGGER_ORDER, type TriggerType } from '../../knowledge/lexicons.ts';
import { clauseStart } from '../resolve/clauseStart.ts';
import type { SentenceView } from './sentenceView.ts';
import {
  acceptedInvitation,
  askedFor,
  coordinated,
  futureRelative,
  possibleOnly,
  scheduledFor,
} from './triggerStatus.ts';

export interface Trigger {
  type: TriggerType;
  tokenStart: number;
  tokenEnd: number;
  /** Counterparts are looked for in [tokenEnd, zoneEnd). */
  zoneEnd: number;
  /** The trigger sits in a leading "At a meeting with X," phrase. */
  adverbial: boolean;
  negated: boolean;
  planned: boolean;
  /** Pluperfect: "had met", "had first held talks". */
  earlier: boolean;
}

const TRIGGER_LABELS = TRIGGER_ORDER.map((type) => `trigger:${type}`);

export function findTriggers(doc: Doc, v: SentenceView): Trigger[] {
  if (v.first < 0) return [];
  const hits: { type: TriggerType; tokenStart: number; tokenEnd: number }[] = [];
  // most specific type first; within a type, leftmost-longest without overlaps
  for (let k = 0; k < TRIGGER_ORDER.length; k++) {
    const type = TRIGGER_ORDER[k]!;
    const label = TRIGGER_LABELS[k];
    let after = -1;
    for (const h of v.cues) {
      if (h.label !== label || h.tokenStart < after) continue;
      if (hits.some((x) => h.tokenStart < x.tokenEnd && x.tokenStart < h.tokenEnd)) continue;
      hits.push({ type, tokenStart: h.tokenStart, tokenEnd: h.tokenEnd });
      after = h.tokenEnd;
    }
  }
  heldOccasions(doc, v, hits);
  // "for the meeting of the NB8 foreign ministers", "the Forum leaders' meeting": the noun of a
  // gathering of many is a conference; "the 11th meeting of the India-Oman Joint Commission" is
  // of two, and told by the cue that has them hold it
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    const m = v.mentions.find(
      (m) => m.rule === 'occasion-lowercase-gathering' && m.tokenStart <= h.tokenStart && h.tokenEnd <= m.tokenEnd,
    );
    if (h.type !== 'meeting' || !m) continue;
    if (sidesIn(v, m) === 2) hits.splice(i, 1);
    else h.type = 'conference';
  }
  if (!hits.length) return [];
  hits.sort((a, b) => a.tokenStart - b.tokenStart);
  const negs = v.cues.filter((c) => c.label === 'negation');
  const cancelled = v.cues.some((c) => c.label === 'cancellation');
  const futures = v.cues.filter((c) => c.label === 'future');
  const main = clauseStart(doc.tokens, v.first);
  return hits
    .filter((h) => acceptable(doc, h, v))
    .map((h, i, arr) => {
      const next = arr[i + 1]?.tokenStart ?? v.end;
      const adverbial = h.tokenStart < main;
      return {
        type: h.type,
        tokenStart: h.tokenStart,
        tokenEnd: h.tokenEnd,
        zoneEnd: adverbial ? Math.min(main, next) : next,
        adverbial,
        negated:
          cancelled ||
          askedFor(doc, h.tokenStart, v.first) ||
          negs.some((n) => n.tokenEnd <= h.tokenStart && h.tokenStart - n.tokenEnd <= 3) ||
          /^(cancel|postpon|called|scrap|shelv)/.test(doc.tokens[h.tokenEnd]?.key ?? ''),
        earlier:
          /^(had)$/.test(doc.tokens[h.tokenStart - 1]?.key ?? '') ||
          (doc.tokens[h.tokenStart - 2]?.key === 'had' &&
            /^(first|previously|already|last|earlier|also)$/.test(doc.tokens[h.tokenStart - 1]?.key ?? '')),
        planned:
          futures.some((f) => f.tokenEnd <= h.tokenEnd && h.tokenStart - f.tokenEnd <= 6) ||
          /^upcoming|^forthcoming/.test(doc.tokens[h.tokenStart - 1]?.key ?? '') ||
          futureRelative(doc, h, futures, next) ||
          possibleOnly(doc, h, next) ||
          acceptedInvitation(doc, h, v.first) ||
          (h.type === 'visit' && scheduledFor(doc, h, next, v.first)),
      };
    })
    .map((t, i, arr) => {
      // "will call on President X and meet Foreign Minister Y": the second is as planned
      const prev = arr[i - 1];
      return prev?.planned && !t.planned && coordinated(doc, prev.tokenEnd, t.tokenStart) ? { ...t, planned: true } : t;
    });
}

function sidesIn(v: SentenceView, span: { tokenStart: number; tokenEnd: number }): number {
  return v.mentions.filter(
    (m) => m.kind === 'country' && span.tokenStart <= m.tokenStart && m.tokenEnd <= span.tokenEnd,
  ).length;
}

/** "held the Japan-Uzbekistan Foreign Ministers' Meeting, followed by a working dinner, with X":
 * holding a named meeting is meeting someone (whoever the sentence names after it). */
function heldOccasions(
  doc: Doc,
  v: SentenceView,
  hits: { type: TriggerType; tokenStart: number; tokenEnd: number }[],
): void {
  for (const m of v.mentions) {
    if (
      m.kind !== 'occasion' ||
      !/^(meeting|talks|summit|dialogue|consultations)$/.test(doc.tokens[m.tokenEnd - 1]!.key)
    )
      continue;
    let j = m.tokenStart - 1;
    while (j > v.first && /^(the|a|an)$/.test(doc.tokens[j]!.key)) j--;
    if (!/^(held|hold|holds|holding)$/.test(doc.tokens[j]?.key ?? '') || j < v.first) continue;
    // the occasion's own noun ("Meeting") is a cue too: the held occasion replaces it
    for (let h = hits.length - 1; h >= 0; h--)
      if (j < hits[h]!.tokenEnd && hits[h]!.tokenStart < m.tokenEnd) hits.splice(h, 1);
    hits.push({ type: 'meeting', tokenStart: j, tokenEnd: m.tokenEnd });
  }
}

const GATHERING_NOUN =
  /^(summit|conference|assembly|session|forum|meeting|ceremony|parliament|congress|nation|audience|students|delegates|participants|members|gathering|event|dialogue|council|plenary|opening|closing|rally|graduates|diaspora|community|lawmakers|senate|house|university|symposium|seminar|workshop|reception|luncheon|dinner|banquet|roundtable|panel|debate|chamber|convention|commission|committee|crowd|media|press|people|legislature)$/;

/** "addressed the UN General Assembly", "addressed the opening session": an audience within a
 * few words after the article, or an occasion or body named right there. */
function addressesGathering(doc: Doc, v: SentenceView, from: number): boolean {
  const end = Math.min(v.end, from + 5);
  for (let i = from + 1; i < end; i++) if (GATHERING_NOUN.test(doc.tokens[i]!.key)) return true;
  return v.mentions.some(
    (m) => (m.kind === 'occasion' || m.kind === 'org') && m.tokenStart >= from && m.tokenStart <= from + 2,
  );
}

/** "to participate fully in ASEAN meetings", "attend regional meetings": meetings in general, not
 * ones held with anybody ("in separate meetings with X and Y" names its counterparts). */
function genericMeetings(doc: Doc, start: number, end: number): boolean {
  if (/^(with|between)$/.test(doc.tokens[end]?.key ?? '')) return false;
  let j = start - 1;
  while (
    j >= 0 &&
    j > start - 4 &&
    (doc.tokens[j]!.cap || /^(regional|international|its|their|future)$/.test(doc.tokens[j]!.key))
  )
    j--;
  return /^(in|at|attend|attending|participate|participating|for)$/.test(doc.tokens[j]?.key ?? '');
}

const RECEIVED_THINGS =
  /^(letter|letters|message|messages|copy|report|briefing|award|invitation|donation|support|assurances?|request|proposal|note)$/;

const PROCESS_TALKS =
  /^(accession|peace|ceasefire|truce|trade|climate|membership|nuclear|coalition|settlement|budget|tariff|debt|reunification)$/;

/** Drops words that are cues only in some uses: "met" as in "met the target", "attended by". */
function acceptable(
  doc: Doc,
  h: { type: TriggerType; tokenStart: number; tokenEnd: number },
  v: SentenceView,
): boolean {
  const next = doc.tokens[h.tokenEnd];
  const word = doc.tokens[h.tokenStart]!.key;
  if (word === 'meetings' && genericMeetings(doc, h.tokenStart, h.tokenEnd)) return false;
  if (h.type === 'conference') {
    const before = doc.tokens
      .slice(Math.max(v.first, h.tokenStart - 4), h.tokenStart)
      .map((t) => t.key)
      .join(' ');
    if (/(framework of|sidelines of|margins of|occasion of|while|when|on the way)$/.test(before)) return false;
    return !!next && next.key !== 'by' && next.key !== 'to';
  }
  if (
    h.type === 'meeting' &&
    /^(meeting|meetings)$/.test(word) &&
    doc.tokens[h.tokenStart]!.cap &&
    h.tokenStart > v.first
  )
    return false;
  // "met with visiting Malaysian Deputy Prime Minister ...": an adjective, not a visit
  if (
    h.type === 'visit' &&
    word === 'visiting' &&
    /^(with|met|meets|meet|received|receives|hosted|hosts|the|a|welcomed|welcomes)$/.test(
      doc.tokens[h.tokenStart - 1]?.key ?? '',
    )
  )
    return false;
  // "the support he received from officials": something received, not someone
  if (h.type === 'meeting' && /^receive[ds]?$/.test(word)) {
    if (next?.key === 'from') return false;
    // "received a letter from ...", "received the support of ..."
    const thing = /^(a|an|the)$/.test(next?.key ?? '') ? doc.tokens[h.tokenEnd + 1] : next;
    // but "received the letters of credence", "received a copy of credentials": an envoy's visit
    const ofCredence = doc.tokens
      .slice(h.tokenEnd, h.tokenEnd + 6)
      .some((t) => t.key === 'credence' || t.key === 'credentials');
    if (RECEIVED_THINGS.test(thing?.key ?? '') && !ofCredence) return false;
    const subj = doc.tokens[h.tokenStart - 1];
    const noun = doc.tokens[h.tokenStart - 2];
    if (
      /^(he|she|they|we)$/.test(subj?.key ?? '') &&
      noun?.word &&
      !noun.cap &&
      !/^(and|then|also|as|when)$/.test(noun.key)
    )
      return false;
  }
  if (h.type === 'interview' && word === 'interview' && doc.tokens[h.tokenStart - 1]?.key === 'job') return false;
  // "Ukraine's EU accession talks", "the peace talks": a process, not an engagement told here
  if (
    h.type === 'talks' &&
    word === 'talks' &&
    h.tokenEnd - h.tokenStart === 1 &&
    PROCESS_TALKS.test(doc.tokens[h.tokenStart - 1]?.key ?? '')
  )
    return false;
  // "addressed the summit", "addressed delegates"; not "bottlenecks addressed so that ..."
  if (h.type === 'speech' && /^address(ed|es|ing)$/.test(word) && h.tokenEnd - h.tokenStart === 1) {
    if (!next) return false;
    // "they addressed the energy transition": a topic, not an audience
    if (/^(the|a|an)$/.test(next.key)) return addressesGathering(doc, v, h.tokenEnd);
    return (
      next.cap ||
      /^(this|its|his|her|their|over|some|more|about|participants|delegates|students|members|reporters|journalists|attendees|guests|leaders|ministers|diplomats|lawmakers|parliament)$/.test(
        next.key,
      )
    );
  }
  return true;
}
