// Engagements, anniversaries and partnership levels: drafts from triggers, then each draft's
// participants, date, place, occasion, topics and requests, each with its evidence.
import type { Doc, EngagementEvent, Evidence, Participant, Person } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';
import { buildViews } from './sentenceView.ts';
import { collectDrafts } from './collectDrafts.ts';
import { dateHeadings } from './sectionHeadings.ts';
import { groupOf, type EventDraft } from './draft.ts';
import { docFrame, eventOccasion } from './eventFields.ts';
import { eventDate } from './eventDate.ts';
import { eventPlace } from './eventPlace.ts';
import { visitDays } from './visitDays.ts';
import { topicsOf } from './topics.ts';
import { requestsOf } from './requests.ts';
import { anniversariesOf, partnershipsOf } from './relations.ts';
import { duringVisit, type Visiting } from './duringVisit.ts';
import { fillMissingPeople } from './missingPeople.ts';

const COUNTERPART_TITLE: Record<string, string> = {
  foreign_minister: 'Foreign Minister',
  head_of_state: 'President',
  head_of_government: 'Prime Minister',
};

export const eventsStage: Stage = {
  name: 'extract-events',
  run(doc: Doc, ctx: Context): Doc {
    const k = ctx.knowledge;
    const views = buildViews(doc);
    // the section headings of a digest or itinerary: read once, for sides and for fields
    const headings = dateHeadings(doc, views);
    const { drafts, diagnostics } = collectDrafts(doc, views, k, headings);
    const people = new Map(doc.people.map((p) => [p.id, p]));
    const span = (a: number, b: number): Evidence => ({
      start: doc.tokens[a]!.start,
      end: doc.tokens[Math.max(a, b - 1)]!.end,
      rule: 'span',
      provenance: 'stated',
    });
    // the lead is the first engagement reported, not one that had happened before
    const reported = drafts.filter((d) => !d.earlier);
    const sentencesOf = (ds: EventDraft[]) => new Set(ds.flatMap((d) => d.triggers.map((t) => t.sentence)));
    const frame = docFrame(doc, views, sentencesOf(reported), headings, sentencesOf(drafts.filter((d) => d.earlier)));
    // a person takes part in several events: their longest title is found once
    const titles = new Map<Person, string | null>();
    const titleOf = (p: Person): string | null => {
      let title = titles.get(p);
      if (title === undefined) titles.set(p, (title = longestTitle(p.titles)));
      return title;
    };
    const events: EngagementEvent[] = [];
    let previousDate: string | null = null;
    // the latest visit held abroad: meetings reported after it took place there
    let visiting: Visiting | null = null;
    for (const d of drafts) {
      const parties = [...d.parties].sort();
      if (groupOf(d.type) === 'bilateral' && parties.length < 2) continue;
      fillMissingPeople(doc, d, drafts, doc.people, views);
      const participants = [...d.persons].map((id) => participant(people.get(id)!, d, people, titleOf));
      const date = visitDays(doc, d, views, eventDate(doc, d, views, frame, previousDate));
      if (date) previousDate = date.value;
      const occasion = eventOccasion(doc, d, views, frame);
      // a phone call has two ends and no single place
      const placed =
        d.type === 'call' ? { city: null, country: null } : eventPlace(doc, d, views, frame, occasion, k, !!date);
      const { city, country } = duringVisit(d, placed, date?.value ?? null, visiting);
      // a visit, or talks that a visit was merged into
      if (!d.planned && d.host && country?.value === d.host && date)
        visiting = { host: d.host, city, parties: d.parties, dates: date.value, evidence: country.evidence };
      else if (d.type === 'visit' && d.planned && d.host && country?.value === d.host)
        // (a trip "this week" given the report's own day as a guess has no dates to go by)
        visiting = {
          host: d.host,
          city,
          parties: d.parties,
          dates: date && date.evidence.provenance === 'stated' ? date.value : null,
          evidence: country.evidence,
        };
      const own = d.triggers.filter((t) => !t.shared && views[t.sentence]?.kind === 'body').map((t) => t.sentence);
      const sentences = [...new Set([...own, ...d.context])].sort((a, b) => a - b);
      const evidence = [...new Set([...d.triggers.map((t) => t.sentence), ...d.context])].map((s) => {
        const sent = doc.sentences[s]!;
        return { start: sent.start, end: sent.end, rule: d.rule, provenance: 'stated' as const };
      });
      events.push({
        id: events.length,
        type: d.type,
        // an engagement dated after the article's own date has not happened yet ("LOOKING AHEAD:
        // 21-22 May, official visit to Japan")
        status: d.planned || after(date?.value, doc.published?.value) ? 'planned' : 'held',
        date,
        city,
        country,
        occasion,
        parties,
        participants,
        topics: topicsOf(views, sentences, k.lexicons.topics, span),
        requests: requestsOf({ doc, views, sentences, parties, people, k, span }),
        sentences,
        evidence,
      });
    }
    const sentenceParties = new Map<number, string[]>();
    for (const e of events) if (e.parties.length === 2) for (const s of e.sentences) sentenceParties.set(s, e.parties);
    const mainPair = mostCommonPair(events);
    const rctx = { doc, views, k, sentenceParties, mainPair };
    return {
      ...doc,
      events,
      anniversaries: anniversariesOf(rctx),
      partnerships: partnershipsOf(rctx),
      diagnostics: [...doc.diagnostics, ...diagnostics],
    };
  },
};

function participant(
  p: Person,
  d: EventDraft,
  people: Map<number, Person>,
  titleOf: (p: Person) => string | null,
): Participant {
  let title = titleOf(p);
  if (!title) {
    // "his counterpart from Côte d'Ivoire": the same office as the other side's principal
    const other = [...d.persons].map((id) => people.get(id)).find((q) => q && q.id !== p.id && q.titles.length);
    const kind = other?.titles[0]?.kind;
    title = kind ? (COUNTERPART_TITLE[kind] ?? null) : null;
  }
  return { person: p.id, name: p.name, title, affiliation: d.personParty.get(p.id) ?? p.affiliation?.value ?? null };
}

/**
 * The title with the most words, the earliest of those: what sorting by (words descending, start)
 * puts first, found in one pass with each title's words counted once (the sort split both titles
 * at every comparison).
 */
function longestTitle(titles: Person['titles']): string | null {
  let best: string | null = null;
  let bestWords = 0;
  let bestStart = 0;
  for (const t of titles) {
    const words = t.title.split(/\s+/).length;
    if (best === null || words > bestWords || (words === bestWords && t.evidence.start < bestStart)) {
      best = t.title;
      bestWords = words;
      bestStart = t.evidence.start;
    }
  }
  return best;
}

function mostCommonPair(events: EngagementEvent[]): string[] | null {
  const counts = new Map<string, number>();
  for (const e of events)
    if (e.parties.length === 2) counts.set(e.parties.join('|'), (counts.get(e.parties.join('|')) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [key, c] of counts) if (c > n) [best, n] = [key, c];
  const pairs = [...counts.values()];
  return best && pairs.length === 1 ? best.split('|') : null;
}

/** The (first) day of `date` falls after `published`. ISO dates compare as strings. */
function after(date: string | undefined, published: string | undefined): boolean {
  return !!date && !!published && date.split('/')[0]! > published;
}
