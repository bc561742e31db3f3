// How a name with no title right before it is recognised as a person: "his counterpart from X,
// NAME", "his French and Polish counterparts, A and B", "NAME said", "met with NAME",
// "Argentina's NAME", "NAME, the senior US adviser for Africa, ...".
import type { Knowledge } from '../../knowledge/index.ts';
import type { TokenIndex } from './titleChain.ts';
import type { NameSpan } from './nameParser.ts';
import { NAME_PARTICLES, REPORTING_VERBS } from './wordClasses.ts';

/** Honorifics only people bear (not "Sheikh", part of some place and body names). */
const PERSONAL_HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'eng',
  'engr',
  'madam',
  'h.e',
  'excellency',
  'prof',
]);

const OBJECT_CUES = new Set([
  'with',
  'met',
  'meets',
  'meet',
  'received',
  'receives',
  'hosted',
  'and',
  'by',
  'between',
  'welcomed',
]);

function counterpartRule(
  ix: TokenIndex,
  name: NameSpan,
): { rule: string; affiliation?: string; counterpart?: boolean } | null {
  const { tokens } = ix;
  // "his counterpart from Côte d'Ivoire, Kandia Kamissoko Camara" / "his Qatari counterpart Sheikh ..."
  const respective = respectiveCounterpart(ix, name);
  if (respective) return respective;
  for (let back = 1; back <= 8; back++) {
    const t = tokens[name.start - back];
    if (!t || t.sentence !== tokens[name.start]!.sentence) break;
    if (t.key === 'counterpart' || t.key === 'counterparts') {
      let affiliation: string | undefined;
      for (let j = name.start - back - 2; j < name.start; j++) {
        const p = ix.at.get(j)?.find((m) => m.kind === 'country' || m.kind === 'org');
        if (p) affiliation = p.value;
      }
      return { rule: 'counterpart-name', counterpart: true, ...(affiliation ? { affiliation } : {}) };
    }
    if (t.text === '.' || t.key === 'and' || REPORTING_VERBS.has(t.key)) break;
  }
  return null;
}

/**
 * "his French and Polish counterparts, Jean-Noël Barrot and Radosław Sikorski": coordinated sides
 * before a plural "counterparts", coordinated names after it, paired in order.
 */
function respectiveCounterpart(
  ix: TokenIndex,
  name: NameSpan,
): { rule: string; affiliation: string; counterpart: true } | null {
  const { tokens } = ix;
  const sentence = tokens[name.start]!.sentence;
  // back over earlier names of the list to "counterparts" (or "counterparts,")
  let k = name.start - 1;
  let index = 0;
  while (k > 0 && name.start - k <= 16 && tokens[k]!.sentence === sentence && tokens[k]!.key !== 'counterparts') {
    if (tokens[k]!.key === 'and' || (tokens[k]!.text === ',' && tokens[k - 1]?.key !== 'counterparts')) index++;
    else if (
      !tokens[k]!.cap &&
      !NAME_PARTICLES.has(tokens[k]!.key) &&
      tokens[k]!.text !== ',' &&
      tokens[k]!.text !== '-'
    )
      return null;
    k--;
  }
  if (tokens[k]?.key !== 'counterparts') return null;
  // the sides: countries joined by "," and "and" right before it
  const sides: string[] = [];
  let j = k - 1;
  while (j >= 0 && k - j <= 10) {
    const c = ix.endsAt.get(j + 1)?.find((m) => m.kind === 'country');
    if (c) {
      sides.unshift(c.value);
      j = c.tokenStart - 1;
    } else if (tokens[j]!.key === 'and' || tokens[j]!.text === ',') j--;
    else break;
  }
  if (sides.length < 2) return null;
  const side = sides[index];
  return side ? { rule: 'respective-counterparts', affiliation: side, counterpart: true } : null;
}

/** How a name without a title before it was recognised. */
export interface NameRule {
  rule: string;
  affiliation?: string;
  counterpart?: boolean;
  title?: string;
}

/**
 * "Massad Boulos, the senior US adviser for Africa, met ...": a two-word name followed by a
 * lowercase appositive whose words include a title head. The title is the appositive's words
 * from the head on and before it, without the article and the country.
 */
function lowercaseAppositive(
  ix: TokenIndex,
  name: NameSpan,
  k: Knowledge,
): { rule: string; affiliation?: string; title: string } | null {
  const { tokens } = ix;
  if (name.words < 2 || tokens[name.end]?.text !== ',' || tokens[name.end + 1]?.key !== 'the') return null;
  const sentence = tokens[name.start]!.sentence;
  let affiliation: string | undefined;
  const words: string[] = [];
  for (let j = name.end + 2; j < name.end + 10; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || !t.word) break;
    const c = ix.at.get(j)?.find((m) => m.kind === 'country');
    if (c) {
      affiliation ??= c.value;
      j = c.tokenEnd - 1;
      continue;
    }
    words.push(t.text);
    if (k.titleHeads.has(t.key)) {
      const title = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
      return { rule: 'name-lowercase-appositive', title, ...(affiliation ? { affiliation } : {}) };
    }
    if (t.cap) break;
  }
  return null;
}

function contextRule(
  ix: TokenIndex,
  name: NameSpan,
): { rule: string; affiliation?: string; counterpart?: boolean } | null {
  const { tokens } = ix;
  const after = tokens[name.end];
  const before = tokens[name.start - 1];
  if (after && REPORTING_VERBS.has(after.key) && after.sentence === tokens[name.start]!.sentence)
    return { rule: 'name-reporting-verb' };
  if (after?.key === "'" && tokens[name.end + 1]?.key === 's') return null;
  if (before && OBJECT_CUES.has(before.key) && !before.cap && !(before.key === 'and' && inCompanyList(ix, name)))
    return { rule: 'name-after-meeting-cue' };
  // "Ms Verona Murphy", "H.E. Dr. Claudia Sheinbaum": a personal honorific before two or more words
  if (name.honorific && PERSONAL_HONORIFICS.has(name.honorific) && name.words >= 2) return { rule: 'honorific-name' };
  // "Argentina's Javier Milei"
  if (before?.key === 's' && tokens[name.start - 2]?.key === "'" && (!after || !after.cap)) {
    const c = ix.endsAt.get(name.start - 2)?.find((m) => m.kind === 'country');
    if (c) return { rule: 'country-possessive-name', affiliation: c.value };
  }
  // "The envoys ... are Hossam Abdelghaffar of the Arab Republic of Egypt, Lee Seung-woo of the
  // Republic of Korea, and ...": a name in a list, each of a country
  if (name.words >= 2 && after?.key === 'of' && before && /^(,|;|:|are|were|and)$/.test(before.key)) {
    const at = tokens[name.end + 1]?.key === 'the' ? name.end + 2 : name.end + 1;
    const c = ix.at.get(at)?.find((m) => m.kind === 'country');
    const close = c ? tokens[c.tokenEnd] : undefined;
    if (c && (!close || /^(;|,|\.|and)$/.test(close.key))) return { rule: 'name-of-country', affiliation: c.value };
  }
  // list items "... from Indonesia, Retno Marsudi; Mexico, Alicia Bárcena; and Türkiye, Hakan Fidan"
  if (before?.text === ',') {
    const c = ix.endsAt.get(name.start - 1)?.find((m) => m.kind === 'country');
    const lead = c ? tokens[c.tokenStart - 1] : undefined;
    const close = tokens[name.end];
    if (c && lead && /^(;|,|and|from|of)$/.test(lead.key) && (!close || /^(;|,|\.|and)$/.test(close.key)))
      return { rule: 'country-comma-name', affiliation: c.value };
  }
  return null;
}

const COMPANY_NOUNS =
  /^(companies|company|firms|corporations|enterprises|conglomerates|businesses|banks|manufacturers|operators|groups|brands|investors|automakers|carmakers)$/;

/** "... Japanese companies, including Mitsubishi Corporation, Sojitz and Toyota Tsusho": the last
 * item of a list of firms, not a person met. */
function inCompanyList(ix: TokenIndex, name: NameSpan): boolean {
  const sentence = ix.tokens[name.start]!.sentence;
  for (let j = name.start - 2; j >= Math.max(0, name.start - 16); j--) {
    const t = ix.tokens[j]!;
    if (t.sentence !== sentence || t.key === ';') return false;
    if (COMPANY_NOUNS.test(t.key)) return true;
  }
  return false;
}

/** The first rule that recognises the name, or null. */
export function nameRule(ix: TokenIndex, name: NameSpan, k: Knowledge): NameRule | null {
  return counterpartRule(ix, name) ?? contextRule(ix, name) ?? lowercaseAppositive(ix, name, k);
}
