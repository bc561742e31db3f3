// Dates, by chrono-node, on sentences that can hold one. Only what the text states is kept
// (month, day, year, weekday, "today"); the year of "On July 11" is filled in later by resolve,
// which knows the document's date or inferred year.
import * as chrono from 'chrono-node';
import type { Doc, Mention } from '../doc.ts';
import type { Stage } from '../stage.ts';
import { chronoFor } from './chronoFor.ts';
import { dayRangeRead, nextDay } from './dayRanges.ts';
import { slashOrder } from './slashDates.ts';
import { allDigits, MONTH_BEFORE, monthsAlone } from './monthsAlone.ts';
import { MONTH_WORDS, WEEKDAYS } from './wordClasses.ts';

const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', ...WEEKDAYS]);
/** "this afternoon": a day word only after "this" (RELATIVE below keeps nothing else of it). */
const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening']);

/** One look-up per token: 1 for a month, 2 for a day word. */
const CUE_WORDS = new Map<string, number>([
  ...[...MONTH_WORDS].map((m) => [m, 1] as const),
  ...[...DAY_WORDS].map((d) => [d, 2] as const),
]);

/** A one- or two-digit number at token j, in the given sentence. */
function dayNumberAt(tokens: Doc['tokens'], j: number, sentence: number): boolean {
  const t = tokens[j];
  return !!t && t.sentence === sentence && allDigits(t.text, 1, 2);
}

/**
 * Token indices where a date may be written, by sentence: a month next to a number, a weekday,
 * "today", an ISO date (for chrono); and a month named without a day ("in late October", "in
 * March 2024", not "May" the name), which chrono's strict parser does not read (for monthsAlone).
 * One pass over the document (a sentence's tokens are contiguous).
 */
function cueTokens(tokens: Doc['tokens']): { days: Map<number, number[]>; months: Map<number, number[]> } {
  const days = new Map<number, number[]>();
  const months = new Map<number, number[]>();
  const add = (to: Map<number, number[]>, sentence: number, i: number) => {
    const list = to.get(sentence);
    if (list) list.push(i);
    else to.set(sentence, [i]);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const first = t.text.charCodeAt(0);
    let cue: boolean;
    // a key starting with a digit is no month or day word (keys fold the text, digits stay)
    if (first >= 48 && first <= 57)
      cue = allDigits(t.text, 4, 4) && tokens[i + 1]?.text === '-' && allDigits(tokens[i + 2]?.text ?? '', 2, 2);
    else {
      const word = CUE_WORDS.get(t.key);
      cue =
        word === 2 ||
        (PART_OF_DAY.has(t.key) && tokens[i - 1]?.key === 'this' && tokens[i - 1]!.sentence === t.sentence) ||
        (word === 1 &&
          (dayNumberAt(tokens, i + 1, t.sentence) ||
            dayNumberAt(tokens, i - 1, t.sentence) ||
            (tokens[i + 1]?.text === '.' && dayNumberAt(tokens, i + 2, t.sentence))));
      if (
        !cue &&
        word === 1 &&
        t.cap &&
        (MONTH_BEFORE.has(tokens[i - 1]?.key ?? '') || allDigits(tokens[i + 1]?.text ?? '', 4, 4))
      )
        add(months, t.sentence, i);
    }
    if (cue) add(days, t.sentence, i);
  }
  return { days, months };
}

const DATELINE_DASH = /(\d)(\s+)-(\s+)(?=(?!jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Z])/gi;
const RELATIVE = /^(today|yesterday|tomorrow|tonight|this (morning|afternoon|evening))$/i;

export const datesStage: Stage = {
  name: 'recognize-dates',
  run(doc: Doc): Doc {
    const ref = doc.published ? new Date(`${doc.published.value}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
    const found: Mention[] = [];
    let tokenCursor = 0;
    const { days, months } = cueTokens(doc.tokens);
    for (const s of doc.sentences) {
      const monthCues = months.get(s.index);
      const cues = days.get(s.index);
      if (!cues) {
        if (monthCues) monthsAlone(doc, monthCues, found, found.length);
        continue;
      }
      const before = found.length;
      // a dateline's dash before the lead ("Vilnius, 16 May 2025 - On Thursday, ...") is no range
      // (same length, so offsets hold)
      const text = doc.text.slice(s.start, s.end).replace(/[–—]/g, '-').replace(DATELINE_DASH, '$1$2;$3');
      const at = cues.map((i) => ({
        index: doc.tokens[i]!.start - s.start,
        length: doc.tokens[i]!.end - doc.tokens[i]!.start,
        casual: DAY_WORDS.has(doc.tokens[i]!.key) || PART_OF_DAY.has(doc.tokens[i]!.key),
      }));
      for (const { r, offset } of parseWindows(text, at, ref)) {
        const start = s.start + offset + r.index;
        const end = start + r.text.trimEnd().length;
        while (tokenCursor < doc.tokens.length && doc.tokens[tokenCursor]!.end <= start) tokenCursor++;
        let tokenEnd = tokenCursor;
        while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd]!.start < end) tokenEnd++;
        const attrs: Record<string, string> = {};
        const k = slashOrder(r.text, known(r.start), doc.published?.value ?? null);
        if (RELATIVE.test(r.text.trim().replace(/^(on|in)\s+/i, ''))) attrs.relative = r.text.trim().toLowerCase();
        else if (k.weekday !== undefined && k.day === undefined) attrs.weekday = String(k.weekday);
        if (k.month !== undefined && k.day !== undefined) {
          attrs.month = String(k.month);
          attrs.day = String(k.day);
          if (k.year !== undefined) attrs.year = String(k.year);
        } else if (!attrs.relative && !attrs.weekday) continue; // months alone: monthsAlone below
        const e = r.end ? known(r.end) : undefined;
        if (e?.day !== undefined) {
          attrs.endMonth = String(e.month ?? k.month);
          attrs.endDay = String(e.day);
          if (e.year !== undefined) attrs.endYear = String(e.year);
        }
        const pair = e?.day === undefined && k.day !== undefined ? nextDay(doc.text, start, end, k.day) : null;
        if (pair) {
          attrs.endMonth = attrs.month!;
          attrs.endDay = String(pair.endDay);
          if (pair.startDay !== k.day) attrs.day = String(pair.startDay);
        }
        found.push({
          kind: 'date',
          start: pair?.start ?? start,
          end: pair?.end ?? end,
          tokenStart: tokenCursor,
          tokenEnd,
          sentence: s.index,
          rule: 'chrono',
          provenance: 'stated',
          value: r.text.trim(),
          attrs,
        });
      }
      if (monthCues) monthsAlone(doc, monthCues, found, before);
    }
    return { ...doc, mentions: [...doc.mentions, ...found] };
  },
};

/**
 * chrono over short windows around each date cue rather than the whole sentence: the same dates
 * ("from June 3 to 5, 2024", "on Tuesday (2 September)") at a fraction of the cost.
 */
function parseWindows(
  text: string,
  cues: readonly { index: number; length: number; casual: boolean }[],
  ref: Date,
): { r: chrono.ParsedResult; offset: number }[] {
  const windows: { from: number; to: number; casual: boolean }[] = [];
  for (const m of cues) {
    let from = Math.max(0, m.index - 24);
    const to = Math.min(text.length, m.index + m.length + 40);
    while (from > 0 && /\S/.test(text[from - 1]!)) from--; // start on a word boundary
    const last = windows[windows.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.casual ||= m.casual;
    } else windows.push({ from, to, casual: m.casual });
  }
  const out: { r: chrono.ParsedResult; offset: number }[] = [];
  for (const w of windows) {
    let end = w.to;
    while (end < text.length && /\S/.test(text[end]!)) end++; // end on a word boundary
    try {
      // the strict parser reads "July 10" and "3 to 5 June 2024" at a third of the cost; the casual
      // one is needed only for "today", "on Tuesday"
      const window = text.slice(w.from, end);
      for (const r of chronoFor(window, w.casual).parse(window, ref)) {
        const retry = dayRangeRead(window, r, w.casual, ref);
        if (retry) for (const x of retry.results) out.push({ r: x, offset: w.from + retry.at });
        else out.push({ r, offset: w.from });
      }
    } catch {
      // a parser failure on odd text is not the article's fault; no date from it
    }
  }
  return out;
}

interface Known {
  day?: number;
  month?: number;
  year?: number;
  weekday?: number;
}

/** chrono's components keep what the text stated apart from what it implied. */
function known(c: chrono.ParsedComponents): Known {
  const get = (k: chrono.Component): number | undefined => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  return { day: get('day'), month: get('month'), year: get('year'), weekday: get('weekday') };
}
