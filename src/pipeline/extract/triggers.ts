// Finds what makes a sentence report an engagement ("met with", "held talks", "phone call",
// "attended the ... Conference", "visit to") and the stretch of tokens its counterparts are in.
import type { Doc } from '../doc.ts';
import { TRIGGER_ORDER, type TriggerType } from '../../knowledge/lexicons.ts';
import { clauseStart } from '../resolve/clauseStart.ts';
import type { SentenceView } from './sentenceView.ts';
import { acceptable } from './acceptableCue.ts';
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
          // "No Indian Prime Minister has made a bilateral visit to Muscat since 2018"
          (doc.tokens[v.first]?.key === 'no' && h.tokenStart - v.first <= 8) ||
          /^(cancel|postpon|called|scrap|shelv)/.test(doc.tokens[h.tokenEnd]?.key ?? ''),
        earlier:
          /^(had)$/.test(doc.tokens[h.tokenStart - 1]?.key ?? '') ||
          (doc.tokens[h.tokenStart - 2]?.key === 'had' &&
            /^(first|previously|already|last|earlier|also)$/.test(doc.tokens[h.tokenStart - 1]?.key ?? '')),
        planned:
          futures.some((f) => f.tokenEnd <= h.tokenEnd && h.tokenStart - f.tokenEnd <= 6) ||
          /^(upcoming|forthcoming)$/.test(doc.tokens[h.tokenStart - 1]?.key ?? '') ||
          futureRelative(doc, h, futures, next) ||
          possibleOnly(doc, h, next) ||
          // "Lula will receive Modi, who ..., for a state visit to Brasília": the purpose of a
          // future act
          (h.type === 'visit' &&
            /^(for|on)$/.test(doc.tokens[h.tokenStart - 2]?.key ?? doc.tokens[h.tokenStart - 1]?.key ?? '') &&
            futures.some((f) => f.tokenEnd <= h.tokenStart)) ||
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
