// Name comparison that survives diacritics, honorifics, particles and word order:
// "Bùi Thanh Sơn" = "Bui Thanh Son"; "Iwaya Takeshi" = "Takeshi Iwaya"; "Senator Mohammad Ishaq Dar" ⊇ "Dar".
import { fold } from '../../text/fold.ts';
import { HONORIFICS, KEPT_HONORIFICS, NAME_PARTICLES } from '../recognize/wordClasses.ts';

export function nameTokens(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !HONORIFICS.has(t) && !KEPT_HONORIFICS.has(t) && !NAME_PARTICLES.has(t));
}

/** True when every token of the shorter name occurs in the longer one; an initial stands for a
 * name it begins ("M. Nurtleu", "M.Nurtleu" = "Murat Nurtleu") when another word is the same. */
export function sameOrPart(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (!small.length) return false;
  // names are a few words: a scan beats building a set per comparison
  if (small.every((t) => big.includes(t))) return true;
  // most comparisons fail here: only names with an initial go on
  if (!small.some((t) => t.length === 1) && !big.some((w) => w.length === 1)) return false;
  // with initials, a full word must still agree ("Access Agreement" is not "Enrique A. Manalo")
  return (
    small.some((t) => t.length > 1 && big.includes(t)) &&
    small.every((t) => big.includes(t) || big.some((w) => initialOf(t, w) || initialOf(w, t)))
  );
}

const initialOf = (initial: string, name: string) => initial.length === 1 && name.length > 1 && name[0] === initial;
