// Which engagement a sentence is about when it names no new one: the engagement it continues,
// the one whose people it names, the one of its kind ("During the visit"); and, for a
// counterpart the text never places, which side the story is with.
import type { Doc } from '../doc.ts';
import { groupOf, type EventDraft } from './draft.ts';
import type { SentenceView } from './sentenceView.ts';

/** The sentence's folded words, space-separated. */
export function keysOf(doc: Doc, v: SentenceView): string {
  return doc.tokens
    .slice(v.first, v.end)
    .map((t) => t.key)
    .join(' ');
}

export const PLURAL_SIDES =
  /\b(the|both|two) (two )?(foreign )?(ministers|leaders|sides|delegations|presidents|prime ministers|counterparts)\b/;

/** The latest engagement other than the current one that the sentence is about: one with more of
 * the people it names than the current one has, or one with two or more people when it speaks
 * of "the ministers" and the current one has fewer. */
export function returnTo(
  doc: Doc,
  v: SentenceView,
  drafts: readonly EventDraft[],
  current: EventDraft,
): EventDraft | null {
  const named = new Set(v.refs.map((r) => r.person));
  const shared = (d: EventDraft) => [...named].filter((p) => d.persons.has(p)).length;
  let wants: ((d: EventDraft) => boolean) | null = null;
  if (named.size) {
    // the engagement that shares the most of the people named, the latest of those
    const own = shared(current);
    const most = Math.max(...drafts.map(shared));
    wants = (d) => shared(d) > own && shared(d) === most;
  } else if (current.persons.size < 2 && PLURAL_SIDES.test(keysOf(doc, v))) wants = (d) => d.persons.size >= 2;
  if (!wants) return null;
  const wanted = wants;
  return latest(drafts, (d) => d !== current && wanted(d));
}

/** The side a counterpart the text never places is likely on: a foreign place the sentence names
 * ("In Addis Ababa, ..."), else that of the section heading, else the host of the latest visit by the subject's side, else the other
 * side of the article's first engagement of that side ("President Xi Jinping and Prime Minister
 * Pedro Sánchez met" in a report of a China-Spain meeting). */
export function whereAbroad(
  doc: Doc,
  v: SentenceView,
  drafts: readonly EventDraft[],
  side: string | null,
  /** The country of the section heading the sentence is under ("Beirut, 22-23 May"), if any. */
  section: string | null = null,
): string | null {
  if (!side) return null;
  for (const m of v.mentions) {
    if (m.kind !== 'country' && m.kind !== 'city') continue;
    const country = m.kind === 'country' ? m.value : (m.attrs.country ?? null);
    if (
      country &&
      country !== side &&
      !insideTitleMention(v, m) &&
      !nextStop(doc, m.tokenStart) &&
      (m.kind === 'city' || m.attrs.form === 'demonym' || placeWord(doc, m.tokenStart))
    )
      return country;
  }
  if (section && section !== side) return section;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.type === 'visit' && !d.planned && d.host && d.host !== side && d.parties.has(side)) return d.host;
  }
  // else the other side of the article's first engagement of that side
  const lead = drafts.find((d) => groupOf(d.type) === 'bilateral' && d.parties.size === 2 && d.parties.has(side));
  return lead ? ([...lead.parties].find((p) => p !== side) ?? null) : null;
}

/** A country named as a place ("in Ghana", "to Indonesia"), not as a topic ("support for
 * Ukraine", "relations with China"); a demonym ("of the German Bundestag") says whose. */
function placeWord(doc: Doc, tokenStart: number): boolean {
  const before = doc.tokens[tokenStart - 1]?.key === 'the' ? doc.tokens[tokenStart - 2] : doc.tokens[tokenStart - 1];
  return /^(in|to|at|visiting|across|inside)$/.test(before?.key ?? '');
}

/** "before leaving for Chisinau", "en route to Kyiv": where the subject goes next, not where
 * the counterpart is. */
function nextStop(doc: Doc, tokenStart: number): boolean {
  const before = doc.tokens
    .slice(Math.max(0, tokenStart - 3), tokenStart)
    .map((t) => t.key)
    .join(' ');
  return /\b(leaving for|leaves for|leave for|departing for|departs for|heading to|heads to|en route to|before travelling to|before traveling to|before flying to|flying on to|onward to|continue to|continues to)$/.test(
    before,
  );
}

function insideTitleMention(v: SentenceView, m: { tokenStart: number; tokenEnd: number }): boolean {
  return v.mentions.some((x) => x.kind === 'title' && x.tokenStart <= m.tokenStart && m.tokenEnd <= x.tokenEnd);
}

export function lastOfType(drafts: readonly EventDraft[], type: string | undefined): EventDraft | null {
  return type ? latest(drafts, (d) => d.type === type) : null;
}

/** Of the drafts that pass, the one told last (by its last trigger or context sentence). */
function latest(drafts: readonly EventDraft[], pass: (d: EventDraft) => boolean): EventDraft | null {
  let best: EventDraft | null = null;
  let at = -1;
  for (const d of drafts) {
    if (!pass(d)) continue;
    const last = Math.max(...d.triggers.map((t) => t.sentence), ...d.context);
    if (last > at) [best, at] = [d, last];
  }
  return best;
}
