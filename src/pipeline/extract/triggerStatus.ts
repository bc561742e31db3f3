// Whether a trigger reports an engagement still to come or one that did not happen: "will call
// on X and meet Y", "the visit ..., planned for January", "a state visit, which is expected to take
// place", "had asked for a bilateral meeting".
import type { Doc } from '../doc.ts';

/** Only a clause of the same verb phrase between two cues: an "and", no new time or contrast. */
export function coordinated(doc: Doc, from: number, to: number): boolean {
  let and = false;
  for (let i = from; i < to; i++) {
    const key = doc.tokens[i]!.key;
    if (/^(but|while|whereas|after|before|earlier|yesterday|previously|had|has|have|;)$/.test(key)) return false;
    if (key === 'and') and = true;
  }
  return and;
}

/** "had asked for a bilateral meeting with X", "turned down his request for a one-on-one
 * meeting": a meeting sought is not one held (a later sentence says so when it happens). Words
 * that call a meeting off or refuse it are the knowledge base's negation and cancellation cues. */
export function askedFor(doc: Doc, tokenStart: number, first: number): boolean {
  const before = doc.tokens
    .slice(Math.max(first, tokenStart - 6), tokenStart)
    .map((t) => t.key)
    .join(' ');
  return /\b(asked for|requested|request for|requests for|sought|seeking|seek|turned down) (a|an|the)( [a-z]+){0,3} ?$/.test(
    `${before} `,
  );
}

/** "the visit of X to Indonesia, planned for January", "preparations for the visit": a visit
 * spoken of as scheduled. (Meetings are left out: "work together to prepare for the third
 * meeting of the Joint Committee" names a later round, not the engagement reported.) */
export function scheduledFor(
  doc: Doc,
  h: { tokenStart: number; tokenEnd: number },
  next: number,
  first: number,
): boolean {
  const before = doc.tokens
    .slice(Math.max(first, h.tokenStart - 4), h.tokenStart)
    .map((t) => t.key)
    .join(' ');
  if (/\b(preparations?|prepare|preparing) (for|of) (the|his|her|their|an?) ([a-z]+ )?$/.test(`${before} `))
    return true;
  for (let j = h.tokenEnd; j < next - 1; j++)
    if (
      /^(planned|scheduled|slated|set)$/.test(doc.tokens[j]!.key) &&
      /^(for|to)$/.test(doc.tokens[j + 1]!.key) &&
      doc.tokens[j - 1]?.text === ','
    )
      return true;
  return false;
}

/** "the State Visit that the President of Angola will pay to Brazil": a relative clause on the
 * trigger noun puts it in the future. */
export function futureRelative(
  doc: Doc,
  h: { tokenEnd: number },
  futures: readonly { tokenStart: number }[],
  next: number,
): boolean {
  // the relative pronoun right after the noun, or after its destination ("a state visit to
  // Ghana, which is expected to take place later this year")
  let rel = -1;
  for (let j = h.tokenEnd; j < Math.min(next, h.tokenEnd + 6) && rel < 0; j++)
    if (/^(that|which)$/.test(doc.tokens[j]!.key) && (j === h.tokenEnd || doc.tokens[j - 1]!.text === ',')) rel = j;
  if (rel < 0) return false;
  return futures.some(
    (f) =>
      f.tokenStart > rel &&
      f.tokenStart - rel <= 12 &&
      f.tokenStart < next &&
      /^(will|shall|is|are)$/.test(doc.tokens[f.tokenStart]!.key),
  );
}

/** "whether a meeting between X and Y could take place", "a meeting that might be held": a
 * possibility, not what happened. */
export function possibleOnly(doc: Doc, h: { tokenEnd: number }, next: number): boolean {
  const end = Math.min(next, h.tokenEnd + 14);
  for (let j = h.tokenEnd; j < end - 1; j++) {
    if (!/^(could|might|may|would)$/.test(doc.tokens[j]!.key)) continue;
    const after = `${doc.tokens[j + 1]?.key ?? ''} ${doc.tokens[j + 2]?.key ?? ''}`;
    if (/^(take place|be held|happen |go ahead)/.test(`${after} `)) return true;
  }
  return false;
}

/** "has accepted an invitation from X to visit Beijing": a visit to come. */
export function acceptedInvitation(doc: Doc, h: { tokenStart: number }, first: number): boolean {
  const before = doc.tokens
    .slice(Math.max(first, h.tokenStart - 8), h.tokenStart)
    .map((t) => t.key)
    .join(' ');
  return /\baccept(ed|s|ing)? (an|the|his|her|their) invitation\b/.test(before);
}

/** "Rajji, who is on his first official visit to the Kingdom, asked ...", "Modi, who also
 * attended the summit, ...": an engagement told in passing, in a clause about someone named (or
 * about a meeting still to come). */
export function inPassing(doc: Doc, h: { tokenStart: number; planned: boolean }, first: number): boolean {
  const before = doc.tokens
    .slice(Math.max(first, h.tokenStart - 10), h.tokenStart)
    .map((t) => t.key)
    .join(' ')
    .replace(/ , /g, ', ');
  // "..., which the two Ministers co-chaired" is the engagement reported; "..., which will be
  // co-chaired by X and Y later this year" is another, to come
  return /(^|, )who\b[^,]*$/.test(before) || (h.planned && /(^|, )which\b[^,]*$/.test(before));
}
