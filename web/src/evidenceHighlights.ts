// Which spans of a source article are evidence for which field of an engagement. Field keys
// ('event', 'date', 'place', 'occasion', 'topic:trade', 'participant:NAME',
// 'request:BY:OF:KIND') name what a user asked to see; the article view highlights every
// evidence span and marks the asked-for ones as focused.
import type { Highlight } from './evidenceSegments.ts';
import type { EngagementItem, EngagementSource } from './api.ts';

type Evidence = EngagementSource['evidence'];
type Request = EngagementItem['requests'][number];

export const requestKey = (r: Pick<Request, 'by' | 'of' | 'kind'>): string => `request:${r.by}:${r.of}:${r.kind}`;

/** Every evidence span of one source, each tagged with its field key and kind. */
export function evidenceSpans(evidence: Evidence): (Highlight & { key: string })[] {
  const f = evidence.fields;
  const out: (Highlight & { key: string })[] = evidence.spans.map((s) => ({ ...s, kind: 'event', key: 'event' }));
  if (f.date) out.push({ start: f.date.start, end: f.date.end, kind: 'date', key: 'date' });
  if (f.city) out.push({ ...f.city, kind: 'place', key: 'place' });
  if (f.country) out.push({ ...f.country, kind: 'place', key: 'place' });
  if (f.occasion) out.push({ ...f.occasion, kind: 'occasion', key: 'occasion' });
  for (const t of f.topics) out.push({ start: t.start, end: t.end, kind: 'topic', key: `topic:${t.topic}` });
  for (const r of f.requests) out.push({ start: r.start, end: r.end, kind: 'request', key: requestKey(r) });
  for (const p of f.participants)
    for (const m of p.mentions) out.push({ ...m, kind: 'participant', key: `participant:${p.name}` });
  return out;
}

/** The highlights of one source with the spans of `focus` (a field key) marked. */
export function highlightsFor(evidence: Evidence, focus: string | null): Highlight[] {
  return evidenceSpans(evidence).map(({ start, end, kind, key }) => ({ start, end, kind, focus: key === focus }));
}

export function hasEvidence(evidence: Evidence, key: string): boolean {
  return evidenceSpans(evidence).some((s) => s.key === key);
}

/** The source to show for a field: the preferred one when it has evidence for it, else the
 * first source that does, else the preferred one. */
export function sourceFor(item: EngagementItem, key: string, preferred: number | null): number | null {
  const pref = item.sources.find((s) => s.documentId === preferred);
  if (pref && hasEvidence(pref.evidence, key)) return pref.documentId;
  return item.sources.find((s) => hasEvidence(s.evidence, key))?.documentId ?? preferred;
}

/** What the date's evidence says about how it was found ('stated', 'inferred: weekday'...). */
export function dateProvenance(item: EngagementItem): string | null {
  for (const s of item.sources) if (s.evidence.fields.date) return s.evidence.fields.date.provenance;
  return null;
}
