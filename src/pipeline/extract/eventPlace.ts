// Where one engagement took place: what its own sentences state ("in Brussels"), a visit's host,
// the section heading or dateline, else the known venue of its occasion (a UN General Assembly
// session is in New York).
import type { Evidence, Located, Doc } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { EventDraft } from './draft.ts';
import type { SentenceView } from './sentenceView.ts';
import { sectionHeading } from './sectionHeadings.ts';
import { placeIn, type DocFrame } from './eventFields.ts';

export function eventPlace(
  doc: Doc,
  d: EventDraft,
  views: SentenceView[],
  frame: DocFrame,
  occasion: Located<string> | null,
  k: Knowledge,
  /** Whether the engagement has a day: an undated one may be on another trip. */
  dated = true,
): { city: Located<string> | null; country: Located<string> | null } {
  for (const t of d.triggers) {
    const p = placeIn(doc, views[t.sentence]);
    if (p) return split(p);
  }
  if (d.host) {
    // the host as named in the visit's own sentences
    const named = d.triggers
      .flatMap((t) => views[t.sentence]?.mentions ?? [])
      .filter((m) => (m.kind === 'country' && m.value === d.host) || (m.kind === 'city' && m.attrs.country === d.host))
      // a capital is both: the city reading says more
      .sort((a, b) => a.start - b.start || (a.kind === 'city' ? -1 : 1))[0];
    const ev: Evidence = { start: named?.start ?? 0, end: named?.end ?? 0, rule: 'visit-host', provenance: 'stated' };
    // "departs for Manila", "will travel to Dili": the city visited
    return {
      city: named?.kind === 'city' ? { value: named.value, evidence: ev } : null,
      country: { value: d.host, evidence: ev },
    };
  }
  const occMention = occasion
    ? doc.mentions.find((m) => m.kind === 'occasion' && m.start === occasion.evidence.start)
    : undefined;
  const venue = occMention?.attrs.meeting ? k.meetings.get(occMention.attrs.meeting)?.venue : undefined;
  const section = sectionHeading(frame.headings, d.triggers[0]?.sentence ?? -1)?.place;
  if (section && (!venue || section.value.country === venue.country)) return split(section);
  // a meeting still to come (or long past), on no stated day, at a gathering of its own is not
  // where the report is
  const elsewhere =
    !dated &&
    (d.planned || !!d.earlier) &&
    occasion?.evidence.rule === 'occasion-in-sentence' &&
    !frame.leadOccasion.some((m) => m.value === occasion.value);
  if (frame.leadPlace && !elsewhere && (!venue || frame.leadPlace.value.country === venue.country))
    return split(frame.leadPlace);
  if (venue) {
    const ev: Evidence = {
      start: occasion!.evidence.start,
      end: occasion!.evidence.end,
      rule: 'occasion-venue',
      provenance: 'inferred',
    };
    return {
      city: venue.city ? { value: venue.city, evidence: ev } : null,
      country: { value: venue.country, evidence: ev },
    };
  }
  return { city: null, country: null };
}

function split(p: NonNullable<DocFrame['leadPlace']>): { city: Located<string> | null; country: Located<string> } {
  return {
    city: p.value.city ? { value: p.value.city, evidence: p.evidence } : null,
    country: { value: p.value.country, evidence: p.evidence },
  };
}
