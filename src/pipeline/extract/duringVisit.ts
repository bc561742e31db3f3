// Where a meeting reported during a visit abroad took place, when only the dateline says.
import type { Evidence } from '../doc.ts';
import { groupOf, type EventDraft } from './draft.ts';
import type { eventPlace } from './eventPlace.ts';

export interface Visiting {
  host: string;
  /** The city visited, when the visit names one. */
  city: Place['city'];
  parties: ReadonlySet<string>;
  /** "2025-03-24/2025-03-27" or one day; null for a trip announced without dates */
  dates: string | null;
  evidence: Evidence;
}
type Place = ReturnType<typeof eventPlace>;

/** A meeting of the visit's two sides, on one of its days (or planned after a trip announced
 * without dates), placed by nothing else than the dateline (the outlet at home) took place in the
 * host country, where the visit was: "On the same day, the Minister paid a courtesy call on the
 * Speaker" in a report of a visit to Korea. */
export function duringVisit(d: EventDraft, placed: Place, date: string | null, visiting: Visiting | null): Place {
  if (!visiting || d.type === 'visit' || d.type === 'call' || groupOf(d.type) !== 'bilateral') return placed;
  if (visiting.dates === null) {
    // "Mr Peters departs for Manila on Monday. On Tuesday he will hold talks with ...": what is
    // planned after a trip announced is on that trip
    if (!d.planned) return placed;
  } else {
    if (!date) return placed;
    const [from, to = from] = visiting.dates.split('/');
    const day = date.split('/')[0]!;
    if (!from || !to || day < from || day > to) return placed;
  }
  // placed by nothing, or only by the dateline
  if (placed.country && (placed.country.evidence.rule !== 'dateline' || placed.country.value === visiting.host))
    return placed;
  if (![...d.parties].every((p) => visiting.parties.has(p))) return placed;
  const evidence = { ...visiting.evidence, rule: 'during-visit', provenance: 'inferred' as const };
  return {
    city: visiting.city ? { value: visiting.city.value, evidence } : null,
    country: { value: visiting.host, evidence },
  };
}
