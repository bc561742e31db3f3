// A visit's candidate: the visitor, the side they visit for, and the host country, the first
// place after the cue that is not the visitor's own.
import type { Mention } from '../doc.ts';
import type { Base, Candidate, CandidateInput } from './candidates.ts';
import type { SentenceView } from './sentenceView.ts';
import { visitorOf } from './visitors.ts';

export function visitCandidate(
  { doc, v, t, subject, people, frameParty = null }: CandidateInput,
  zone: (token: number) => boolean,
  base: Base,
): Candidate[] {
  const visitor = visitorOf(doc, v, t, subject, people);
  const placeCountry = (m: Mention) => (m.kind === 'country' ? m.value : (m.attrs.country ?? null));
  let visitorParty = visitor?.affiliation?.value ?? null;
  // a visitor given the article's side by default who is to visit that very country ("He said
  // President X will pay a state visit to China" in a Chinese readout): of the reporting side,
  // else of the other side of the engagement reported
  // the places after the cue, outside titles ("the President of Kenya" names no destination)
  let places = v.mentions.filter(
    (m) => (m.kind === 'country' || m.kind === 'city') && zone(m.tokenStart) && !insideTitle(v, m),
  );
  // "welcomed X to Vienna today for a working visit": the place named before the cue
  if (!places.length)
    places = v.mentions.filter(
      (m) =>
        (m.kind === 'country' || m.kind === 'city') &&
        m.tokenEnd <= t.tokenStart &&
        doc.tokens[m.tokenStart - 1]?.key === 'to' &&
        !insideTitle(v, m),
    );
  const destination = places[0];
  if (
    visitor &&
    visitor.affiliation?.evidence.provenance === 'inferred' &&
    destination &&
    placeCountry(destination) === visitorParty
  ) {
    const there = placeCountry(destination);
    const reporting = subject && subject.id !== visitor.id ? (subject.affiliation?.value ?? null) : null;
    visitorParty = reporting !== there ? reporting : frameParty !== there ? frameParty : null;
  }
  // the first place after the cue that is not the visitor's own ("the visit that the President
  // of Kenya will make to Peru")
  const place = places.find((m) => placeCountry(m) !== visitorParty);
  const host = place ? placeCountry(place) : null;
  if (!host || !visitor || !visitorParty || host === visitorParty) return [];
  // a state, official or working visit, or one of so many days ("concluded a three-day visit")
  const formalVisit = /\b(state|official|working|(one|two|three|four|five|six|seven|\d) - day)\b/.test(
    doc.tokens
      .slice(Math.max(v.first, t.tokenStart - 4), t.tokenEnd)
      .map((x) => x.key)
      .join(' '),
  );
  const personParty = new Map<number, string>();
  if (visitorParty !== visitor.affiliation?.value) personParty.set(visitor.id, visitorParty);
  return [
    base({ persons: new Set([visitor.id]), parties: new Set([visitorParty, host]), host, formalVisit, personParty }),
  ];
}

export function insideTitle(v: SentenceView, m: Mention): boolean {
  return v.mentions.some(
    (x) =>
      x.kind === 'title' && x.attrs.composite && x.tokenStart <= m.tokenStart && m.tokenEnd <= x.tokenEnd && x !== m,
  );
}
