// Turns one extracted event (the record, plus the Doc's richer event with its evidence) into
// what the store keeps: the facts used for matching and merging, and the per-source evidence
// JSON. record.events[i] is toRecord(doc.events[i]), so the two are paired by index.
import type { Doc, EngagementEvent } from '../pipeline/doc.ts';
import type { EventRecord } from '../pipeline/record.ts';
import { isoDay, splitRange } from './dates.ts';
import type { EngagementFacts } from './mergeEngagements.ts';

export interface Span {
  start: number;
  end: number;
}

/** Stored per (engagement, document): where in this document each part of the engagement was
 * found. (The document's own account of the engagement, EngagementFacts, is stored beside it:
 * a merged engagement is rebuilt from those when a source is withdrawn.) */
export interface SourceEvidence {
  spans: Span[];
  fields: {
    date?: Span & { provenance: string };
    city?: Span;
    country?: Span;
    occasion?: Span;
    topics: (Span & { topic: string })[];
    requests: (Span & { by: string; of: string; kind: string })[];
    participants: { name: string; mentions: Span[] }[];
  };
  /** True when the document is a syndicated copy of another source. */
  syndicated?: boolean;
}

/** A participant as this document shows them: the forms of their name and their office kind. */
export interface SeenParticipant {
  name: string;
  title: string | null;
  affiliation: string | null;
  kind: string | null;
  forms: string[];
}

const NAME_RULES = /^(name|short-name|surname)/;

export function eventFacts(ev: EventRecord, published: string | null, documentId: number): EngagementFacts {
  const { date, end } = splitRange(ev.date);
  return {
    type: ev.type,
    status: ev.status,
    date,
    dateEnd: end,
    dateInferred: ev.date_inferred === true,
    refDate: isoDay(date) ?? isoDay(published),
    city: ev.location.city,
    country: ev.location.country,
    occasion: ev.occasion,
    parties: [...new Set(ev.parties)].sort(),
    participants: ev.participants.map((p) => ({ name: p.name, title: p.title, affiliation: p.affiliation })),
    topics: [...new Set(ev.topics)],
    requests: ev.requests.map((r) => ({ ...r, documentId })),
  };
}

function span(e: { start: number; end: number } | undefined): Span | undefined {
  return e ? { start: e.start, end: e.end } : undefined;
}

function personOf(doc: Doc, ev: EngagementEvent | undefined, index: number) {
  const id = ev?.participants[index]?.person;
  return id === undefined ? undefined : doc.people.find((p) => p.id === id);
}

export function sourceEvidence(ev: EventRecord, docEvent: EngagementEvent | undefined, doc: Doc): SourceEvidence {
  const d = docEvent;
  return {
    spans: ev.evidence.map((s) => ({ start: s.start, end: s.end })),
    fields: {
      ...(d?.date
        ? { date: { start: d.date.evidence.start, end: d.date.evidence.end, provenance: d.date.evidence.provenance } }
        : {}),
      ...(d?.city ? { city: span(d.city.evidence) } : {}),
      ...(d?.country ? { country: span(d.country.evidence) } : {}),
      ...(d?.occasion ? { occasion: span(d.occasion.evidence) } : {}),
      topics: (d?.topics ?? []).map((t) => ({ topic: t.topic, start: t.evidence.start, end: t.evidence.end })),
      requests: (d?.requests ?? []).map((r) => ({
        by: r.by,
        of: r.of,
        kind: r.kind,
        start: r.evidence.start,
        end: r.evidence.end,
      })),
      participants: ev.participants.map((p, i) => ({
        name: p.name,
        mentions: (personOf(doc, d, i)?.mentions ?? [])
          .filter((m) => NAME_RULES.test(m.rule))
          .map((m) => ({ start: m.start, end: m.end })),
      })),
    },
  };
}

/** The participants of an event with the name forms and office kinds the document gives. */
export function seenParticipants(ev: EventRecord, docEvent: EngagementEvent | undefined, doc: Doc): SeenParticipant[] {
  return ev.participants.map((p, i) => {
    const person = personOf(doc, docEvent, i);
    const forms = (person?.mentions ?? [])
      .filter((m) => NAME_RULES.test(m.rule))
      .map((m) => doc.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim())
      .filter((f) => f.length > 1 && f.length <= 120);
    const kind = person?.titles.find((t) => t.title === p.title)?.kind ?? person?.titles[0]?.kind ?? null;
    return { name: p.name, title: p.title, affiliation: p.affiliation, kind, forms: [...new Set(forms)] };
  });
}
