// Converts a finished Doc into the output contract of ../shared/eval/SCHEMA.md.
import type { Doc, EngagementEvent } from './doc.ts';

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
}

export interface DocumentRecord {
  source: string;
  published: string | null;
  title: string | null;
  events: EventRecord[];
  anniversaries: { parties: string[]; ordinal: number; year: number | null; subject: string }[];
  partnerships: { parties: string[]; level: string }[];
}

function eventRecord(e: EngagementEvent): EventRecord {
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
  };
}

export function toRecord(doc: Doc): DocumentRecord {
  return {
    source: doc.source,
    published: doc.published?.value ?? null,
    title: doc.title,
    events: doc.events.map(eventRecord),
    anniversaries: doc.anniversaries.map((a) => ({
      parties: [...a.parties].sort(),
      ordinal: a.ordinal,
      year: a.year,
      subject: a.subject,
    })),
    partnerships: doc.partnerships.map((p) => ({ parties: [...p.parties].sort(), level: p.level })),
  };
}
