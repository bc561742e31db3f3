// The occasion of one engagement, and the article frame it and the date and place fall back on:
// what its own sentences state first, then what the article's lead states for all of them
// (marked inferred). The date is in eventDate.ts, the place in eventPlace.ts.
import type { Doc, Evidence, Located, Mention } from '../doc.ts';
import type { EventDraft } from './draft.ts';
import type { SentenceView } from './sentenceView.ts';
import { dateline } from '../resolve/dateline.ts';
import { LEAD_OCCASION } from './candidates.ts';
import type { SectionHeading } from './sectionHeadings.ts';

const OCCASION_CUE =
  /(sidelines|margins|framework|occasion|attend|attending|attended|during|at|on|to|of|in|for|participated in|took part in)\s*(the\s+)?((first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(st|nd|rd|th))\s+)?$|\b(hosted|convened|chaired)\b[^.]{0,40}\b(a|an|the)(\s+new)?\s*$/i;

const SEAT = /\b(seat|seats|member|membership|candidacy|candidature|bid|election|elected)\b[^.;]{0,25}$/i;

export interface DocFrame {
  leadDate: Mention | null;
  leadOccasion: Mention[];
  leadPlace: Located<{ city: string | null; country: string }> | null;
  /** Date headings of sections ("MONDAY, 12 MAY - ...", "Beirut, 22-23 May"), in text order. */
  headings: SectionHeading[];
}

export function docFrame(
  doc: Doc,
  views: SentenceView[],
  triggerSentences: Set<number>,
  headings: SectionHeading[],
  /** Sentences about what had happened before: no lead occasion there. */
  earlier: ReadonlySet<number> = new Set(),
): DocFrame {
  const body = views.filter((v) => v.kind === 'body' && v.first >= 0);
  const lead = body.filter((v) => triggerSentences.has(v.index)).slice(0, 2);
  const first = lead[0];
  // the first engagement sentence's date, else the article's opening one ("The top diplomats ...
  // agreed Monday to ...", with the meeting itself told later)
  const dateOf = (v: SentenceView | undefined) =>
    v?.mentions.find((m) => m.kind === 'date' && m.attrs.precision !== 'month') ?? null;
  // or a dateline opening the paragraph after a standfirst ("Madrid, 25 May 2025. The Minister ...")
  const datelined = (v: SentenceView | undefined) => {
    const m = dateOf(v);
    return m && v && m.start - doc.tokens[v.first]!.start < 40 ? m : null;
  };
  const leadDate = dateOf(first) ?? dateOf(body[0]) ?? datelined(body[1]);
  const leadOccasion: Mention[] = [];
  for (const v of [...lead, ...body.slice(0, 2)]) {
    if (earlier.has(v.index)) continue;
    const occ = v.mentions.filter((m) => m.kind === 'occasion' && occasionCued(doc, m));
    if (occ.length) {
      leadOccasion.push(...occ.slice(0, 1));
      break;
    }
  }
  return {
    leadDate,
    leadOccasion,
    leadPlace: dateline(doc) ?? placeIn(doc, first),
    headings,
  };
}

export function placeIn(doc: Doc, v: SentenceView | undefined): DocFrame['leadPlace'] {
  if (!v) return null;
  const places = v.mentions.filter((m) => (m.kind === 'city' || m.kind === 'country') && !quoted(doc, v, m));
  for (const m of places) {
    if (m.kind === 'country' && places.some((c) => c.kind === 'city' && c.start === m.start)) continue;
    // "in Brussels"; "travelled to Brussels", the journey's end
    const before = doc.text.slice(Math.max(0, m.start - 24), m.start);
    // "welcomed the Minister of Foreign Affairs of Montenegro, X, to Vienna"
    const welcomed = /\b(welcomed|welcomes|welcoming)\b[^.;]{0,90}\bto\s+$/i.test(
      doc.text.slice(Math.max(0, m.start - 110), m.start),
    );
    if (
      !/\bin\s+(the\s+)?$/i.test(before) &&
      !/\b(travell?ed|flew|went|headed)\s+to\s+(the\s+)?$/i.test(before) &&
      !welcomed
    )
      continue;
    const ev: Evidence = { start: m.start, end: m.end, rule: 'in-place', provenance: 'stated' };
    if (m.kind === 'city' && m.attrs.country)
      return { value: { city: m.value, country: m.attrs.country }, evidence: ev };
    if (m.kind === 'country') return { value: { city: null, country: m.value }, evidence: ev };
  }
  return null;
}

export function eventOccasion(doc: Doc, d: EventDraft, views: SentenceView[], frame: DocFrame): Located<string> | null {
  const own: Mention[] = [];
  for (const t of d.triggers) {
    const v = views[t.sentence];
    if (!v) continue;
    for (const m of v.mentions)
      if (
        m.kind === 'occasion' &&
        (d.occasionKey ? !seatOn(doc, m) : occasionCued(doc, m)) &&
        // "Speaker of the National Assembly": a body in someone's title, not a gathering
        !v.mentions.some((t) => t.kind === 'title' && t.tokenStart < m.tokenStart && m.tokenStart < t.tokenEnd) &&
        !own.some((o) => o.value === m.value)
      )
        own.push(m);
    if (own.length) break;
  }
  // a call is made from home: the article's lead occasion is not where it happened
  const chosen =
    own.length && d.occasionKey !== LEAD_OCCASION
      ? own
      : d.type === 'visit' || d.type === 'call'
        ? []
        : frame.leadOccasion;
  if (!chosen.length) return null;
  const names = [
    ...new Set(
      chosen
        .filter(
          (m) =>
            m.attrs.ordinal || !chosen.some((o) => o !== m && o.attrs.meeting === m.attrs.meeting && o.attrs.ordinal),
        )
        .map((m) => m.value),
    ),
  ];
  const first = chosen[0]!;
  return {
    value: names.join(' and the '),
    evidence: {
      start: first.start,
      end: chosen[chosen.length - 1]!.end,
      rule: own.length ? 'occasion-in-sentence' : 'lead-occasion',
      provenance: own.length ? 'stated' : 'inferred',
    },
  };
}

/** "on the sidelines of the X", "attended the X"; not "a non-permanent seat on the UN Security
 * Council", a body sat on rather than where anyone met. */
function occasionCued(doc: Doc, m: Mention): boolean {
  return OCCASION_CUE.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) && !seatOn(doc, m);
}

function seatOn(doc: Doc, m: Mention): boolean {
  return SEAT.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
}

/** Inside a quotation ("... a clear voice in Brussels," said the Minister): what someone said,
 * not where the engagement was. The quotation may have opened in an earlier sentence. */
function quoted(doc: Doc, v: SentenceView, m: Mention): boolean {
  const start = doc.tokens[v.first]!.start;
  const end = doc.tokens[v.end - 1]!.end;
  const text = doc.text.slice(start, end);
  const quotes = [...text.matchAll(/["“”]/g)].map((q) => q.index);
  if (!quotes.length) return false;
  // a sentence whose first quotation mark closes one ('..., with a clear voice," said X') began
  // inside the quotation
  let inside = /[,.!?]$/.test(text.slice(0, quotes[0]));
  for (const q of quotes) if (start + q < m.start) inside = !inside;
  return inside;
}
