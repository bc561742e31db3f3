// The day an engagement happened: a date in one of its own sentences (a month alone leaves it
// undated), "the same day" after the engagement before, its section heading's date, else the
// lead's date (inferred) for what happened in the report's time.
import type { Doc, Located, Mention } from '../doc.ts';
import type { EventDraft } from './draft.ts';
import type { DocFrame } from './eventFields.ts';
import { resolveDate, addDays } from './resolveDate.ts';
import type { SentenceView } from './sentenceView.ts';
import { sectionHeading } from './sectionHeadings.ts';
import { datelineDate } from '../clean/dateLine.ts';

export function eventDate(
  doc: Doc,
  d: EventDraft,
  views: SentenceView[],
  frame: DocFrame,
  previous: string | null,
): Located<string> | null {
  let monthOnly = false;
  for (const t of d.triggers) {
    const v = views[t.sentence];
    if (!v) continue;
    const text = doc.text.slice(doc.tokens[v.first]!.start, doc.tokens[v.end - 1]!.end);
    // a month without a day dates the engagement only next to its cue ("met in Kuala Lumpur in
    // late October", "In March, X met Y"), not in a clause of its own ("who took office in December")
    // (a dateline's date is the report's, not that of a trip it announces)
    const dates = v.mentions.filter(
      (m) =>
        m.kind === 'date' &&
        (m.attrs.precision !== 'month' || monthOfTrigger(doc, v, m, t.token)) &&
        !(d.planned && inDateline(doc, v, m)),
    );
    // "met X on Wednesday before holding talks with Y on Thursday": a later trigger's own date
    // is after it (and before the next); else the nearest
    const triggers = v.cues.filter((c) => c.label.startsWith('trigger:'));
    const later = triggers.some((c) => c.tokenEnd <= t.token);
    const ownEnd = triggers.find((c) => c.tokenStart === t.token)?.tokenEnd ?? t.token + 1;
    const next = triggers.find((c) => c.tokenStart >= ownEnd)?.tokenStart ?? v.end;
    const m =
      (later ? dates.find((x) => x.tokenStart > t.token && x.tokenStart < next) : undefined) ??
      dates.sort((a, b) => Math.abs(a.tokenStart - t.token) - Math.abs(b.tokenStart - t.token))[0];
    // "met in Kuala Lumpur in late October": a month, so not the report's day either, unless
    // another sentence of the engagement gives its day (a month by a later cue is that cue's)
    if (m?.attrs.precision === 'month') {
      monthOnly ||= t === d.triggers[0];
      continue;
    }
    if (m) {
      const r = resolveDate(m, doc, d.planned);
      if (r)
        return {
          value: r.value,
          evidence: {
            start: m.start,
            end: m.end,
            rule: 'trigger-sentence-date',
            provenance: r.inferredYear && !doc.published ? 'inferred' : 'stated',
          },
        };
    }
    // an explicit day first; else "Afterwards, ...", "The Minister then met ...": the day before's
    const rel =
      /\b(the same day|later that day|the following day|the next day|the day after)\b/i.exec(text) ??
      /^(?:afterwards|later|then)\b|\bthen (?=met|held|called|visited|received|spoke)/i.exec(text);
    if (rel && previous) {
      const shift = rel[1] && !/same|later/i.test(rel[1]) ? 1 : 0;
      const start = doc.tokens[v.first]!.start + rel.index;
      return {
        value: addDays(previous.split('/')[0]!, shift),
        evidence: { start, end: start + rel[0].length, rule: 'relative-day', provenance: 'stated' },
      };
    }
  }
  if (monthOnly) return null;
  const heading = sectionDate(frame, d.triggers[0]?.sentence ?? -1);
  if (heading) {
    const r = resolveDate(heading, doc, d.planned);
    if (r && !(r.value.includes('/') && d.type !== 'visit' && d.type !== 'conference'))
      return {
        value: r.value,
        evidence: { start: heading.start, end: heading.end, rule: 'section-date', provenance: 'stated' },
      };
  }
  // what had happened before the report is not on the report's day
  if (frame.leadDate && !d.planned && !d.earlier) {
    const r = resolveDate(frame.leadDate, doc, false);
    if (r && !(r.value.includes('/') && d.type !== 'visit' && d.type !== 'conference'))
      return {
        value: r.value,
        evidence: { start: frame.leadDate.start, end: frame.leadDate.end, rule: 'lead-date', provenance: 'inferred' },
      };
  }
  return null;
}

function sectionDate(frame: DocFrame, sentence: number): Mention | null {
  return sectionHeading(frame.headings, sentence)?.date ?? null;
}

function monthOfTrigger(doc: Doc, v: SentenceView, m: Mention, trigger: number): boolean {
  if (m.tokenStart < trigger) return m.tokenStart - v.first <= 1;
  if (m.tokenStart - trigger > 12) return false;
  for (let i = trigger; i < m.tokenStart; i++) if (/^[,;:(]$/.test(doc.tokens[i]!.text)) return false;
  return true;
}

/** "WELLINGTON, 3 August 2025 - ...": the mention is the dateline's date, read as the clean stage
 * reads it. */
function inDateline(doc: Doc, v: SentenceView, m: Mention): boolean {
  const start = doc.tokens[v.first]!.start;
  const d = datelineDate(doc.text.slice(start, doc.tokens[v.end - 1]!.end));
  return !!d && m.start < start + d.index + d.length && m.end > start + d.index;
}
