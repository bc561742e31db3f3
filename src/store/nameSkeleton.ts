// Fuzzy name forms for the people registry, used only when a name's exact key (./nameKey.ts)
// finds nobody. Two kinds, both persisted (changing them needs a migration that recomputes them):
//
// - The skeleton: the key's tokens with common variant spellings collapsed, so "Sergey Lavrov",
//   "Sergei Lavrov" and "Sergej Lavrov" share one, and so do "Mohammed bin Abdulrahman Al Thani"
//   and "Muhammad bin Abdul Rahman Al-Thani". Only tokens of 4+ letters are rewritten: short
//   ones ("Un", "Il", "Yi", "Lee", "Le") carry identity in every letter.
// - Typo blocks: a one-letter slip inside one long token ("Vivian Balakrishan", "Anthony
//   Blinken"). A block is the other tokens plus the slipped token's first and last letters (which
//   a slip may not touch), so a typo is found by an indexed equality, never by scanning.
//
// Letters NFD leaves whole (ł, ø, æ, ß...) are spelt out, so "Løkke" meets "Lokke".
//
// The rules lean towards keeping people apart: a skeleton rule never merges two spellings that
// are distinct names in Chinese pinyin or Vietnamese (no ou→u: Zhou/Zhu; no kh→h: Khanh/Hanh; no
// th→t: Than/Tan), and a typo needs tokens of 6+ letters, the same first and last letter (so
// Francesca/Francesco, Lavrov/Lavrova, Qiang/Xiang stay apart) and 5+ letters of other tokens.
import { fold } from '../text/fold.ts';
import { nameTokens } from './nameKey.ts';

/** Tokens shorter than this are kept as folded: no spelling rule touches them. */
const MIN_REWRITE = 4;
/** Both tokens of a typo pair must be at least this long. */
export const MIN_TYPO_LENGTH = 6;
/** The tokens a typo pair shares must add up to at least this many letters. */
const MIN_SHARED = 5;

/** Whole-token families of transliterations. */
const FAMILIES: [RegExp, string][] = [
  [/^(?:m[ou]h[ae]?m+[ae]d|mohd|muhd)$/, 'muhamad'],
  [/^ahm[ae]d$/, 'ahmad'],
  [/^h[ou]s+[ae]i?n$/, 'husain'],
  [/^y[ou]+s+[eou]f$/, 'yusuf'],
];
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', ð: 'd', þ: 'th' };
/** "Abd" forms written as a separate word before the rest of the name ("Abdul Rahman"). */
const ABD = new Set(['abd', 'abdu', 'abdul', 'abdel', 'abdal', 'abdol', 'abdil', 'abdur', 'abdou']);

/** One token in its collapsed spelling. */
export function skeletonToken(token: string): string {
  if (token.length < MIN_REWRITE) return token;
  for (const [re, form] of FAMILIES) if (re.test(token)) return form;
  return token
    .replace(/tch/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/dj/g, 'j')
    .replace(/x/g, 'ks')
    .replace(/oo/g, 'u') // Yoon/Yun, Moon/Mun, Noor/Nur
    .replace(/ee/g, 'i') // Kareem/Karim, Sameer/Samir
    .replace(/([aeiou])y(?![aeiou])/g, '$1i') // Sergey/Sergei, Nikolay/Nikolai, Mikhaylov
    .replace(/([aeiou])j$/, '$1i') // Sergej
    .replace(/([^aeiou])y$/, '$1i') // Dmitry/Dmitri, Penny
    .replace(/(\p{L})\1+/gu, '$1') // Mohammed/Mohamed, Dmitrii/Dmitri, Penny/Peny
    .replace(/^abd(?:[aeiou]l|u(?=r))/, 'abd') // Abdulrahman/Abdelrahman/Abdurrahman
    .replace(/([aeiou])h$/, '$1'); // Abdullah/Abdulla, Fatimah/Fatima
}

/** Names recur from article to article; the rules cost a few microseconds per name. */
const memo = new Map<string, { tokens: readonly string[]; filing?: NameFiling }>();
const MEMO_SIZE = 20_000;

function memoFor(name: string) {
  let m = memo.get(name);
  if (!m) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(name, (m = { tokens: Object.freeze(computeTokens(name)) }));
  }
  return m;
}

/** The skeleton's tokens: sorted, distinct; [] for a name of fewer than two tokens (a lone
 * surname is too little to match fuzzily). */
export function skeletonTokens(name: string): readonly string[] {
  return memoFor(name).tokens;
}

/** What an alias is stored with: its skeleton and the blocks it is filed under ('' for none). */
export interface NameFiling {
  skeleton: string;
  blockA: string;
  blockB: string;
}

export function nameFiling(name: string): NameFiling {
  const m = memoFor(name);
  if (!m.filing) {
    const [blockA, blockB] = filedBlocks(m.tokens);
    m.filing = { skeleton: m.tokens.join(' '), blockA, blockB };
  }
  return m.filing;
}

function computeTokens(name: string): string[] {
  const prepared = fold(name)
    .replace(/[łøæœßıðþ]/g, (c) => LETTERS[c] ?? c) // letters NFD does not take apart: Łukasz, Løkke
    .replace(/['’ʼ‘`]/g, '') // O'Brien, Hu'akavameiliku: one word
    .replace(/(^|[^\p{L}\p{N}])(?:al|el|ul|ad|ar|as|ash|at|az|ud|ur)-(?=\p{L})/gu, '$1'); // al-Thani, as-Sisi
  const tokens = nameTokens(prepared);
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (ABD.has(t) && next !== undefined) {
      joined.push(t + next);
      i++;
    } else joined.push(t);
  }
  const out = [...new Set(joined.map(skeletonToken))].sort();
  return out.length >= 2 ? out : [];
}

/** The skeleton key ('' when the name has fewer than two tokens). */
export function nameSkeleton(name: string): string {
  return skeletonTokens(name).join(' ');
}

/** True when a and b differ by exactly one insertion, deletion, substitution or swap of two
 * neighbouring letters. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Two skeleton tokens one slip apart: both long, same first and last letter, one edit. */
export function typoPair(a: string, b: string): boolean {
  return (
    Math.min(a.length, b.length) >= MIN_TYPO_LENGTH &&
    a[0] === b[0] &&
    a[a.length - 1] === b[b.length - 1] &&
    oneEdit(a, b)
  );
}

/** The block of tokens[i]: the other tokens, and its first and last letter; null when the token
 * is too short to carry a slip or the others are too little to identify the person. */
function blockAt(tokens: readonly string[], i: number, letters: number): string | null {
  const token = tokens[i]!;
  if (token.length < MIN_TYPO_LENGTH || letters - token.length < MIN_SHARED) return null;
  const rest = tokens
    .slice(0, i)
    .concat(tokens.slice(i + 1))
    .join(' ');
  return `${rest}|${token[0]}${token[token.length - 1]}`;
}

const letterCount = (tokens: readonly string[]) => tokens.reduce((n, t) => n + t.length, 0);

/** Every block a name is looked up under, one per long token (skeleton tokens in). */
export function typoBlocks(tokens: readonly string[]): string[] {
  const letters = letterCount(tokens);
  return tokens.map((_, i) => blockAt(tokens, i, letters)).filter((b): b is string => b !== null);
}

/** The (at most two) blocks an alias is filed under: those of its two longest long tokens, the
 * likeliest to carry a slip ('' for none). A slip in a third long token is not found. */
export function filedBlocks(tokens: readonly string[]): [string, string] {
  const letters = letterCount(tokens);
  const [a, b] = tokens
    .map((_, i) => i)
    .sort((i, j) => tokens[j]!.length - tokens[i]!.length || i - j)
    .map((i) => blockAt(tokens, i, letters))
    .filter((x): x is string => x !== null);
  return [a ?? '', b ?? ''];
}

/** True when two skeletons (token lists) are one slip apart: all tokens alike but one long one,
 * and the shared ones identify enough. */
export function typoMatch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  const onlyA = a.filter((t) => !b.includes(t));
  const onlyB = b.filter((t) => !a.includes(t));
  if (onlyA.length !== 1 || onlyB.length !== 1) return false;
  const [x, y] = [onlyA[0]!, onlyB[0]!];
  return letterCount(a) - x.length >= MIN_SHARED && typoPair(x, y);
}

/** True when two names are the same person spelt differently by the rules above (not when
 * their exact keys already agree: that is nameKey's business). */
export function fuzzySame(a: string, b: string): boolean {
  const [ta, tb] = [skeletonTokens(a), skeletonTokens(b)];
  if (!ta.length || !tb.length) return false;
  return ta.join(' ') === tb.join(' ') || typoMatch(ta, tb);
}
