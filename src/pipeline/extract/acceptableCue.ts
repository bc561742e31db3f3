// Words that are engagement cues only in some uses: "met" as in "met the target", "attended by",
// "addressed the energy transition", "the support he received", "in ASEAN meetings".
import type { Doc } from '../doc.ts';
import type { TriggerType } from '../../knowledge/lexicons.ts';
import type { SentenceView } from './sentenceView.ts';

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

const CROWDS =
  /^(tourists|visitors|travellers|travelers|people|citizens|nationals|students|pilgrims|investors|companies|firms|businesses|workers|migrants|fans)$/;

const RECEIVED_THINGS =
  /^(letter|letters|message|messages|copy|report|briefing|award|invitation|donation|support|assurances?|request|proposal|note)$/;

const PROCESS_TALKS =
  /^(accession|peace|ceasefire|truce|trade|climate|membership|nuclear|coalition|settlement|budget|tariff|debt|reunification)$/;

/** Drops words that are cues only in some uses: "met" as in "met the target", "attended by". */
export function acceptable(
  doc: Doc,
  h: { type: TriggerType; tokenStart: number; tokenEnd: number },
  v: SentenceView,
): boolean {
  const next = doc.tokens[h.tokenEnd];
  const word = doc.tokens[h.tokenStart]!.key;
  if (word === 'meetings' && genericMeetings(doc, h.tokenStart, h.tokenEnd)) return false;
  // "60,000 Austrian tourists visited the coast": crowds travel, they pay no visits
  if (h.type === 'visit' && CROWDS.test(doc.tokens[h.tokenStart - 1]?.key ?? '')) return false;
  // "preparations for the next meeting of the Council": a later round, not one reported
  if (h.type === 'meeting' && doc.tokens[h.tokenStart - 1]?.key === 'next') return false;
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
