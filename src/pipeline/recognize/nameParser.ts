// Person names of any origin as printed: "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani",
// "Kandia Kamissoko Camara", "Bùi Thanh Sơn", "KAMIKAWA Yoko", "Antony J. Blinken", "Keller-Sutter".
import type { Mention } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { TokenIndex } from './titleChain.ts';
import { HONORIFICS, KEPT_HONORIFICS, MONTH_WORDS, NAME_PARTICLES, NOT_NAME, PORTFOLIO } from './wordClasses.ts';

export interface NameSpan {
  start: number;
  end: number;
  /** The name without dropped honorifics, tokens joined as printed. */
  name: string;
  words: number;
  honorific: string | null;
}

const MAX_WORDS = 7;
/** Abbreviated given names: "Ma. Theresa Lazaro", "Mohd. Khaled". */
const ABBREVIATED = new Set(['ma', 'mohd', 'muh', 'md', 'abd']);

function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}
const SURNAME_WORDS = new Set(['to', 'do', 'an', 'ha', 'mai', 'long']);

function isNameWord(ix: TokenIndex, j: number, k: Knowledge): boolean {
  const t = ix.tokens[j];
  if (!t || !t.word || !t.cap || startsWithDigit(t.text)) return false;
  if (
    t.text.length === 1 &&
    ix.tokens[j + 1]?.text === '.' &&
    ix.tokens[j + 1]!.start === t.end &&
    /^\p{Lu}$/u.test(t.text) &&
    isNameWord(ix, j + 2, k)
  )
    return true;
  // abbreviated given names: "Ma. Theresa Lazaro", "Mohd. Khaled"
  if (ABBREVIATED.has(t.key) && ix.tokens[j + 1]?.text === '.' && isNameWord(ix, j + 2, k)) return true;
  // Vietnamese surnames that are English words ("President To Lam"): only mid-sentence before a name
  if (SURNAME_WORDS.has(t.key) && ix.tokens[j - 1]?.sentence === t.sentence && isNameWord(ix, j + 1, k)) return true;
  // "Park Sung-min": the Korean surname, not a park, before a hyphenated given name
  if (t.key === 'park' && hyphenatedGiven(ix, j + 1)) return true;
  if (NOT_NAME.has(t.key) || k.titleHeads.has(t.key) || k.titleModifiers.has(t.key)) return false;
  if (MONTH_WORDS.has(t.key)) {
    // "Jan Lipavsky" but not "Jan. 5" or "March 12"
    const next = ix.tokens[j + 1];
    const prev = ix.tokens[j - 1];
    const nextName = !!next && next.cap && next.word && !startsWithDigit(next.text) && next.sentence === t.sentence;
    const prevName = !!prev && prev.cap && prev.word && prev.sentence === t.sentence && !MONTH_WORDS.has(prev.key);
    if (!nextName && !prevName) return false;
  }
  if (PORTFOLIO.has(t.key) && !KEPT_HONORIFICS.has(t.key)) return false;
  const ents = ix.at.get(j);
  if (ents && !onlyOneWordCities(ents, j)) return false;
  // all-capital words are acronyms unless they look like a surname (KAMIKAWA) next to a name word
  return !(t.text.length <= 3 && t.text === t.text.toUpperCase() && t.text.length > 1);
}

// Helpers rather than closures over the parsers' variables: a captured variable makes V8
// allocate a context on every call, and these run at every capitalised token.

/** "Sung-min", "Tae-yul": a capitalised word, a hyphen and a lower-case word, unspaced. */
function hyphenatedGiven(ix: TokenIndex, j: number): boolean {
  const [a, dash, b] = [ix.tokens[j], ix.tokens[j + 1], ix.tokens[j + 2]];
  return (
    !!a &&
    !!dash &&
    !!b &&
    a.cap &&
    a.word &&
    dash.text === '-' &&
    dash.start === a.end &&
    b.start === dash.end &&
    b.word &&
    !b.cap
  );
}

/** Every mention at token j is a one-word city ("Sofia", "Nice" may be names). */
function onlyOneWordCities(mentions: readonly Mention[], j: number): boolean {
  for (const m of mentions) if (m.kind !== 'city' || m.tokenEnd > j + 1) return false;
  return true;
}

/** A one-word country name (not a demonym) at token j: "Montenegro" in "Luís Montenegro". */
function oneWordCountry(mentions: readonly Mention[] | undefined, j: number): Mention | undefined {
  if (mentions)
    for (const m of mentions) if (m.kind === 'country' && m.tokenEnd === j + 1 && m.attrs.form !== 'demonym') return m;
  return undefined;
}

export function parseName(ix: TokenIndex, i: number, k: Knowledge): NameSpan | null {
  const { tokens } = ix;
  const sentence = tokens[i]?.sentence;
  // the "E." of "H.E." starts no name ("H.E. Bayramov sought" is not "E. Bayramov")
  if (tokens[i]?.key === 'e' && tokens[i - 1]?.text === '.' && tokens[i - 2]?.key === 'h') return null;
  let j = i;
  let honorific: string | null = null;
  // "Mr.", "H.E.", "Dr" before the name
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    // "His Highness", "Her Excellency", "Senator the Hon"
    if ((t.key === 'his' || t.key === 'her' || t.key === 'the') && HONORIFICS.has(tokens[j + 1]?.key ?? '')) {
      j++;
      continue;
    }
    if (!t.cap) break;
    if (t.key === 'h' && tokens[j + 1]?.text === '.' && tokens[j + 2]?.key === 'e') {
      honorific = 'h.e';
      j += tokens[j + 3]?.text === '.' ? 4 : 3; // "H.E."
      continue;
    }
    // "Tan Sri" before a name is an honorific; "Tan" alone is a surname
    const tanSri = t.key === 'tan' && tokens[j + 1]?.key === 'sri';
    if (!HONORIFICS.has(t.key) && !tanSri) break;
    honorific = t.key;
    j += tanSri ? 2 : 1;
    if (tokens[j]?.text === '.' || tokens[j]?.key === "'") j++; // "Dr.", "Dato'"
  }
  const start = j;
  let words = 0;
  let end = j;
  while (j < tokens.length && tokens[j]!.sentence === sentence && words < MAX_WORDS) {
    const t = tokens[j]!;
    if (KEPT_HONORIFICS.has(t.key) && t.cap && words === 0) {
      j++;
      end = j;
      continue;
    }
    // a country's name inside a person's name: "Luís Montenegro", "Georgia Meloni"
    const country = words > 0 ? oneWordCountry(ix.at.get(j), j) : undefined;
    if (
      country &&
      t.cap &&
      tokens[j - 1]!.end + 1 >= t.start &&
      !/^(of|in|to|from|and)$/.test(tokens[j - 1]!.key) &&
      !tokens[j + 1]?.cap
    ) {
      words++;
      j++;
      end = j;
      continue;
    }
    if (isNameWord(ix, j, k)) {
      words++;
      j++;
      end = j;
      // initials: "J." inside a name
      if ((t.text.length === 1 || ABBREVIATED.has(t.key)) && tokens[j]?.text === '.' && isNameWord(ix, j + 1, k)) j++;
      continue;
    }
    const next = tokens[j + 1];
    const glued = words > 0 && tokens[j - 1]!.end === t.start && next && next.start === t.end;
    // "Keller-Sutter", "Al-Yahya", "Hu'akavameiliku", and Korean given names "Tae-yul", "Duk-geun"
    const koreanPart =
      t.text === '-' &&
      !!next &&
      !next.cap &&
      /^[a-z]{2,4}$/.test(next.text) &&
      !/^(based|led|born|era|run|old|age|style|long|wide)$/.test(next.key);
    if (
      glued &&
      (t.text === '-' || t.key === "'") &&
      next.word &&
      (next.cap || NAME_PARTICLES.has(next.key) || (t.key === "'" && next.key.length > 1) || koreanPart)
    ) {
      if (!next.cap) {
        // "Hu'akavameiliku", "Mata'afa": the apostrophe joins one word
        j += 2;
        end = j;
      } else j++;
      continue;
    }
    if (words > 0 && !t.cap && NAME_PARTICLES.has(t.key)) {
      // "de la Fuente", "van der Leyen", "bin Haji Hasan"
      let p = j;
      while (p < j + 3 && tokens[p] && !tokens[p]!.cap && NAME_PARTICLES.has(tokens[p]!.key)) p++;
      // "el-Sissi", "al-Sisi"
      if (tokens[p]?.text === '-' && tokens[p]!.start === tokens[p - 1]!.end && tokens[p + 1]?.start === tokens[p]!.end)
        p++;
      const honor = HONORIFICS.has(tokens[p]?.key ?? '');
      if (isNameWord(ix, p, k) || (honor && isNameWord(ix, p + 1, k))) {
        j = honor ? p + 1 : p;
        continue;
      }
    }
    if (words > 0 && t.cap && NAME_PARTICLES.has(t.key) && isNameWord(ix, j + 1, k)) {
      j++; // "Al Thani"
      continue;
    }
    break;
  }
  if (words === 0) return null;
  const name = ix.tokens
    .slice(start, end)
    .reduce((s, t, n, arr) => s + (n > 0 && arr[n - 1]!.end < t.start ? ' ' : '') + t.text, '');
  return { start, end, name, words, honorific };
}
