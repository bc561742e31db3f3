// Converts a finished Doc into the output contract of ../shared/eval/SCHEMA.md.
import type { Doc, EngagementEvent, Evidence, Person } from './doc.ts';

/** Where a value came from: a span of the document text, the rule, and stated or inferred. */
export interface FieldEvidence {
  start: number;
  end: number;
  rule: string;
  inferred: boolean;
}

export interface EventRecord {
  type: string;
  status: string;
  date: string | null;
  date_inferred?: boolean;
  location: { city: string | null; country: string | null };
  occasion: string | null;
  parties: string[];
  participants: { name: string; title: string | null; affiliation: string | null }[];
  topics: string[];
  requests: { by: string; of: string; kind: string; text: string }[];
  evidence: { start: number; end: number }[];
  /** Per-field provenance (not part of the scored contract; ignored by the scorer). */
  evidence_fields: {
    date: FieldEvidence | null;
    city: FieldEvidence | null;
    country: FieldEvidence | null;
    occasion: FieldEvidence | null;
    participants: {
      name: string;
      mentions: { start: number; end: number; rule: string }[];
      affiliation: FieldEvidence | null;
    }[];
    topics: { topic: string; evidence: FieldEvidence }[];
    requests: FieldEvidence[];
  };
}

export interface DocumentRecord {
  source: string;
  published: string | null;
  title: string | null;
  events: EventRecord[];
  anniversaries: { parties: string[]; ordinal: number; year: number | null; subject: string }[];
  partnerships: { parties: string[]; level: string }[];
}

function field(e: Evidence | undefined | null): FieldEvidence | null {
  return e ? { start: e.start, end: e.end, rule: e.rule, inferred: e.provenance === 'inferred' } : null;
}

function eventRecord(e: EngagementEvent, people: Map<number, Person>): EventRecord {
  return {
    type: e.type,
    status: e.status,
    date: e.date?.value ?? null,
    ...(e.date?.evidence.provenance === 'inferred' ? { date_inferred: true } : {}),
    location: { city: e.city?.value ?? null, country: e.country?.value ?? null },
    occasion: e.occasion?.value ?? null,
    parties: [...new Set(e.parties)].sort(),
    participants: e.participants.map((p) => ({ name: p.name, title: p.title, affiliation: p.affiliation })),
    topics: e.topics.map((t) => t.topic),
    requests: e.requests.map((r) => ({ by: r.by, of: r.of, kind: r.kind, text: r.text })),
    evidence: e.evidence.map((v) => ({ start: v.start, end: v.end })),
    evidence_fields: {
      date: field(e.date?.evidence),
      city: field(e.city?.evidence),
      country: field(e.country?.evidence),
      occasion: field(e.occasion?.evidence),
      participants: e.participants.map((p) => {
        const person = people.get(p.person);
        const inEvent =
          person?.mentions.filter(
            (m) => e.sentences.includes(m.sentence) || e.evidence.some((v) => v.start <= m.start && m.end <= v.end),
          ) ?? [];
        return {
          name: p.name,
          mentions: (inEvent.length ? inEvent : (person?.mentions.slice(0, 1) ?? [])).map((m) => ({
            start: m.start,
            end: m.end,
            rule: m.rule,
          })),
          affiliation: field(person?.affiliation?.evidence),
        };
      }),
      topics: e.topics.map((t) => ({ topic: t.topic, evidence: field(t.evidence)! })),
      requests: e.requests.map((r) => field(r.evidence)!),
    },
  };
}

export function toRecord(doc: Doc): DocumentRecord {
  const people = new Map(doc.people.map((p) => [p.id, p]));
  return {
    source: doc.source,
    published: doc.published?.value ?? null,
    title: doc.title,
    events: doc.events.map((e) => eventRecord(e, people)),
    anniversaries: doc.anniversaries.map((a) => ({
      parties: [...a.parties].sort(),
      ordinal: a.ordinal,
      year: a.year,
      subject: a.subject,
    })),
    partnerships: doc.partnerships.map((p) => ({ parties: [...p.parties].sort(), level: p.level })),
  };
}
