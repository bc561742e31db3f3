// The key people are looked up by in the registry: diacritics and case off (fold), honorifics
// and name particles off, tokens sorted. So "H.E. Mr. Bùi Thanh Sơn", "Bui Thanh Son" and
// "Son Bui Thanh" share one key, and "Iwaya Takeshi" finds "Takeshi Iwaya". The lists are the
// store's own (not the pipeline's) because keys are persisted: changing them needs a migration.
import { fold } from '../text/fold.ts';

const HONORIFICS = new Set(
  `mr mrs ms miss mx dr madam madame sir dame lord lady h e excellency senator prof professor
  dato datuk datin tun toh puan tan sri seri haji hajjah rt hon honourable honorable highness majesty royal
  sheikh sheikha prince princess king queen emir sultan ambassador minister president`.split(/\s+/),
);
// Not 'le', 'do', 'la': they are also Vietnamese and other family names (Lê, Đỗ).
const PARTICLES = new Set('bin bint ibn al el de da dos das van von der den du di del della ter zu ben abu'.split(' '));

/** Folded name tokens without honorifics or particles, in their original order. */
export function nameTokens(name: string): string[] {
  const tokens = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = tokens.filter((t) => !HONORIFICS.has(t) && !PARTICLES.has(t));
  // A name made only of such words ("Ben", "Prince") keeps them rather than vanish.
  return kept.length ? kept : tokens.filter((t) => !HONORIFICS.has(t));
}

/** Keys of recent names. A batch asks for the same few hundred names' keys thousands of times
 * (registry lookups, matching people across articles); the key is a pure function of the name,
 * so remembering it changes nothing but the cost. Bounded: emptied when full. */
const recentKeys = new Map<string, string>();
const RECENT_KEYS = 4096;

/** The registry key: the token set, sorted, joined by spaces ('' for no usable token). */
export function nameKey(name: string): string {
  let key = recentKeys.get(name);
  if (key === undefined) {
    key = [...new Set(nameTokens(name))].sort().join(' ');
    if (recentKeys.size >= RECENT_KEYS) recentKeys.clear();
    recentKeys.set(name, key);
  }
  return key;
}

/** True when one name's tokens are all part of the other's ("Châu" ⊆ "Lê Minh Châu"). */
export function samePerson(a: string, b: string): boolean {
  const ka = nameKey(a).split(' ').filter(Boolean);
  const kb = nameKey(b).split(' ').filter(Boolean);
  const [small, big] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (!small.length) return false;
  const set = new Set(big);
  return small.every((t) => set.has(t));
}

/** The name with diacritics removed but case kept: recorded as an alias ("Lê" → "Le"). */
export function withoutDiacritics(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
