// The office-title grammar: a chain of title words, office phrases, portfolio words, connectors
// and affiliations, e.g. "Deputy Prime Minister and Minister of Foreign Affairs of Pakistan" or
// "Vice President of the European Commission (EC), EU High Representative for ... Policy".
import type { Mention, Token } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { HONORIFICS, KEPT_HONORIFICS, PORTFOLIO } from './wordClasses.ts';

export interface TitleSpan {
  /** First token including an affiliation prefix ("Belarusian FM", "Cameroon's FM"). */
  start: number;
  /** First token of the title proper. */
  titleStart: number;
  end: number;
  offices: Mention[];
  affiliations: Mention[];
}

export interface TokenIndex {
  tokens: readonly Token[];
  /** Entity mentions (country, org, city, occasion, title) starting at a token. */
  at: Map<number, Mention[]>;
  /** Entity mentions ending just before a token index (keyed by tokenEnd). */
  endsAt: Map<number, Mention[]>;
}

export function buildTokenIndex(tokens: readonly Token[], mentions: readonly Mention[]): TokenIndex {
  const at = new Map<number, Mention[]>();
  const endsAt = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.kind === 'person' || m.kind === 'date') continue;
    // [m] rather than [] then push: a pushed-to empty array reserves room for 16
    const starting = at.get(m.tokenStart);
    if (starting) starting.push(m);
    else at.set(m.tokenStart, [m]);
    const ending = endsAt.get(m.tokenEnd);
    if (ending) ending.push(m);
    else endsAt.set(m.tokenEnd, [m]);
  }
  return { tokens, at, endsAt };
}

/** Plural title words that end the name of a body inside a title ("Council of Ministers"). */
const PLURAL_BODIES = new Set(['ministers', 'representatives', 'deputies', 'commissioners', 'governors', 'directors']);

/** Styles that come before a name in place of an office ("Lord Collins", "Baroness Chapman"). */
const STYLES = new Set(['lord', 'lady', 'baroness', 'baron', 'dame', 'sir', 'senator', 'the']);

const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'the', '&', 'on', 'in']);

export function isTitleWord(tok: Token, k: Knowledge): boolean {
  return tok.cap && (k.titleHeads.has(tok.key) || k.titleModifiers.has(tok.key));
}

function isHead(tok: Token, k: Knowledge): boolean {
  return tok.cap && k.titleHeads.has(tok.key);
}

function office(ix: TokenIndex, j: number): Mention | undefined {
  return ix.at.get(j)?.find((m) => m.kind === 'title');
}
function party(ix: TokenIndex, j: number): Mention | undefined {
  return ix.at.get(j)?.find((m) => m.kind === 'country' || m.kind === 'org');
}

/** Does a title start at j (possibly after an affiliation)? */
export function startsTitle(ix: TokenIndex, j: number, k: Knowledge): boolean {
  const t = ix.tokens[j];
  if (!t) return false;
  if (office(ix, j) || (isTitleWord(t, k) && !HONORIFICS.has(t.key))) return true;
  const p = party(ix, j);
  return !!p && (!!office(ix, p.tokenEnd) || isTitleWord(ix.tokens[p.tokenEnd] ?? t, k));
}

export function parseTitle(ix: TokenIndex, i: number, k: Knowledge): TitleSpan | null {
  const { tokens } = ix;
  const first = tokens[i];
  if (!first || !first.word) return null;
  // cheap exit: a title starts with a title word, an office phrase or an affiliation
  if (!(first.cap && (k.titleHeads.has(first.key) || k.titleModifiers.has(first.key))) && !ix.at.has(i)) return null;
  const sentence = first.sentence;
  const offices: Mention[] = [];
  const affiliations: Mention[] = [];
  let j = i;
  let hasHead = false;
  let lastGood = -1;
  while (j < tokens.length && tokens[j]!.sentence === sentence) {
    const tok = tokens[j]!;
    const off = office(ix, j);
    const ent = party(ix, j);
    const prev = tokens[j - 1];
    if (off) {
      offices.push(off);
      j = off.tokenEnd;
      hasHead = true;
      lastGood = j;
    } else if (
      ent?.kind === 'org' &&
      hasHead &&
      prev?.text === ',' &&
      tokens[ent.tokenEnd]?.key === 'and' &&
      PORTFOLIO.has(tokens[ent.tokenEnd + 1]?.key ?? '')
    ) {
      // "Minister for Foreign Affairs, European Union and Cooperation": a portfolio in the list
      j = ent.tokenEnd;
    } else if (
      ent &&
      // A chain may open with an affiliation only right before its title: "Brazzaville the
      // Foreign Minister of Angola" is a place, then a title of Angola.
      (j === i
        ? startsTitle(ix, ent.tokenEnd, k)
        : CONNECTORS.has(prev?.key ?? '') || startsTitle(ix, ent.tokenEnd, k) || prev?.text === ',')
    ) {
      affiliations.push(ent);
      j = ent.tokenEnd;
      if (hasHead && CONNECTORS.has(prev?.key ?? '')) lastGood = j;
    } else if (
      isTitleWord(tok, k) &&
      !(j > i && (KEPT_HONORIFICS.has(tok.key) || HONORIFICS.has(tok.key)) && !k.titleModifiers.has(prev?.key ?? ''))
    ) {
      if (isHead(tok, k)) hasHead = true;
      j++;
      if (hasHead) lastGood = j;
    } else if (tok.cap && PORTFOLIO.has(tok.key) && j > i) {
      j++;
      if (hasHead) lastGood = j;
    } else if (tok.cap && prev?.key === 'of' && j > i && PLURAL_BODIES.has(tok.key)) {
      // "Chairman of the Cabinet of Ministers", "Speaker of the House of Representatives"
      j++;
      if (hasHead) lastGood = j;
    } else if (!tok.cap && CONNECTORS.has(tok.key) && j > i) {
      j++;
    } else if (tok.key === "'" && tokens[j + 1]?.key === 's' && prev?.cap && PORTFOLIO.has(prev.key)) {
      j += 2;
    } else if (
      tok.text === '-' &&
      prev &&
      prev.end === tok.start &&
      tokens[j + 1]?.cap &&
      tokens[j + 1]!.start === tok.end
    ) {
      j++;
    } else if (tok.text === '/' && hasHead && prev?.end === tok.start && startsTitle(ix, j + 1, k)) {
      // "Deputy Prime Minister/Foreign Minister": two offices held together
      j++;
    } else if (
      tok.text === ',' &&
      hasHead &&
      startsTitle(ix, j + 1, k) &&
      !HONORIFICS.has(tokens[j + 1]?.key ?? '') &&
      // "Welcoming the Maldivian Foreign Minister, Minister Herath ...": after "the", a complete
      // title and then another is an apposition of two people
      // ("the Minister for Africa, Lord Collins" is one: a style, not an office)
      !(tokens[i - 1]?.key === 'the' && lastGood === j && !STYLES.has(tokens[j + 1]?.key ?? ''))
    ) {
      j++;
    } else if (
      tok.text === ',' &&
      hasHead &&
      prev?.cap &&
      PORTFOLIO.has(prev.key) &&
      tokens[j + 1]?.cap &&
      PORTFOLIO.has(tokens[j + 1]!.key)
    ) {
      // "Minister of Trade, Industry and Energy": a list of portfolios
      j++;
    } else if (tok.text === '(' && tokens[j + 2]?.text === ')' && /^[A-Z]{2,8}$/.test(tokens[j + 1]?.text ?? '')) {
      j += 3;
      if (hasHead) lastGood = j;
    } else break;
  }
  if (!hasHead || lastGood <= i) return null;
  return {
    start: i,
    titleStart: i,
    end: lastGood,
    offices,
    affiliations: endingBy(affiliations, lastGood),
  };
}

/**
 * The mentions that end by token `end`. Not a closure in parseTitle: a captured variable makes V8
 * allocate a context on every call, and parseTitle is tried at every token.
 */
function endingBy(mentions: Mention[], end: number): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) if (m.tokenEnd <= end) out.push(m);
  return out;
}
