// Gatherings named in running text with a lower-case noun, which the capitalised-name grammar of
// occasionsStage does not see: "the ninth Brussels conference on Syria", "the Pacific Islands
// Forum leaders' meeting", "the meeting of the Nordic-Baltic Eight (NB8) foreign ministers".
import type { Doc, Mention, Token } from '../doc.ts';
import { parseOrdinal } from '../../text/fold.ts';

const NOUN = /^(conference|summit|meeting)$/;
const BODY =
  /^(group|council|committee|forum|union|organisation|organization|community|commission|alliance|league|association|cooperation|initiative|dialogue|format|process|triangle|quad|quartet|\))$/;
/** Who meets, between the name and the noun or after "of the <name>". */
const MEMBERS =
  /^(leaders|ministers|foreign ministers|defence ministers|defense ministers|heads of state|heads of government)$/;

export function lowercaseGatherings(doc: Doc, taken: readonly Mention[]): Mention[] {
  const { tokens } = doc;
  const out: Mention[] = [];
  const free = (a: number, b: number) => !taken.some((m) => m.tokenStart < b && a < m.tokenEnd);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.cap || !(NOUN.test(t.key) || t.key === 'lecture')) continue;
    const span =
      t.key === 'lecture' ? lectureAt(tokens, i) : (membersAfter(doc, tokens, i) ?? nameBefore(doc, tokens, i));
    if (!span || !free(span.start, span.end)) continue;
    const first = tokens[span.start]!;
    const last = tokens[span.end - 1]!;
    out.push({
      kind: 'occasion',
      start: first.start,
      end: last.end,
      tokenStart: span.start,
      tokenEnd: span.end,
      sentence: t.sentence,
      rule: 'occasion-lowercase-gathering',
      provenance: 'stated',
      value: doc.text
        .slice(first.start, last.end)
        .replace(/\s+/g, ' ')
        .replace(/\bso-called /, ''),
      attrs: {},
    });
  }
  return out;
}

/** "a lecture at the Centre for Strategic and International Studies": where a talk is given. */
function lectureAt(tokens: readonly Token[], i: number): { start: number; end: number } | null {
  if (tokens[i + 1]?.key !== 'at') return null;
  const from = tokens[i + 2]?.key === 'the' ? i + 3 : i + 2;
  const end = capRun(tokens, from);
  return end - from >= 2 ? { start: i, end } : null;
}

/** "meeting of the Nordic-Baltic Eight (NB8) foreign ministers". */
function membersAfter(doc: Doc, tokens: readonly Token[], i: number): { start: number; end: number } | null {
  if (tokens[i + 1]?.key !== 'of' || tokens[i + 2]?.key !== 'the') return null;
  // "of the so-called Madrid Group"
  const from = tokens[i + 3]?.key === 'so' && tokens[i + 5]?.key === 'called' ? i + 6 : i + 3;
  const name = capRun(tokens, from);
  if (name === from) return null;
  const end = members(tokens, name);
  if (end > name) return { start: i, end };
  // "a ministerial meeting of the OIC Contact Group": the gathering's rank says it is one
  // (and its name a body that meets: not "of the Brazilian Presidency")
  // or what follows says who it gathered ("..., which brought together ministers of ...")
  const gathered = tokens
    .slice(name, name + 5)
    .some((t, k, near) => t.key === 'together' && /^(brought|brings|bringing|bring)$/.test(near[k - 1]?.key ?? ''));
  // "the 11th meeting of the India-Oman Joint Commission": a numbered session of a body
  const numbered =
    parseOrdinal(tokens[i - 1]?.text ?? '') !== null &&
    doc.mentions.filter((m) => m.kind === 'country' && m.tokenStart >= from && m.tokenEnd <= name).length === 2;
  return (/^(ministerial|high - level|high-level|plenary|extraordinary)$/.test(tokens[i - 1]?.key ?? '') ||
    gathered ||
    numbered) &&
    BODY.test(tokens[name - 1]!.key)
    ? { start: numbered ? i - 1 : i, end: name }
    : null;
}

/** "ninth Brussels conference on Syria", "Pacific Islands Forum leaders' meeting". */
function nameBefore(doc: Doc, tokens: readonly Token[], i: number): { start: number; end: number } | null {
  const sentence = tokens[i]!.sentence;
  // who meets, between the name and the noun: "leaders' meeting", "foreign ministers' meeting"
  let j = i;
  let who = false;
  if (tokens[j - 1]?.key === "'" && /^(leaders|ministers)$/.test(tokens[j - 2]?.key ?? '')) {
    j -= 2;
    if (tokens[j - 1]?.key === 'foreign') j--;
    who = true;
  }
  let s = j;
  while (s > 0 && tokens[s - 1]!.sentence === sentence && nameWord(tokens, s - 1)) s--;
  if (s === j || (tokens[i]!.key === 'meeting' && !who)) return null;
  const ordinal = tokens[s - 1] && parseOrdinal(tokens[s - 1]!.text) !== null && tokens[s - 1]!.sentence === sentence;
  const start = ordinal ? s - 1 : s;
  // a sentence's first word is capitalised anyway: it names nothing by itself
  if (!ordinal && tokens[s - 1]?.sentence !== sentence && s + 1 === j) return null;
  let end = i + 1;
  const topic = /^(on|for)$/.test(tokens[end]?.key ?? '') ? capRun(tokens, end + 1) : end + 1;
  if (topic > end + 1) end = topic;
  // "the BIMSTEC summit": the summit of a body the text names
  const ofBody =
    tokens[i]!.key !== 'meeting' &&
    doc.mentions.some((m) => m.kind === 'org' && m.tokenStart === s && m.tokenEnd === j);
  return ordinal || who || ofBody || end > i + 1 ? { start, end } : null;
}

function nameWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.cap && t.word) return true;
  return (t.text === '-' || t.text === '–') && !!tokens[j - 1]?.cap;
}

/** The end of a run of capitalised words from j (hyphens and a parenthesised acronym inside). */
function capRun(tokens: readonly Token[], j: number): number {
  let e = j;
  while (tokens[e] && tokens[e]!.sentence === tokens[j]?.sentence) {
    const t = tokens[e]!;
    if (t.cap && t.word) e++;
    // "Organisation of Islamic Cooperation": a linking word between capitalised ones
    else if (/^(of|for|and)$/.test(t.key) && e > j && tokens[e + 1]?.cap && tokens[e + 1]!.word) e++;
    else if ((t.text === '-' || t.text === '–') && tokens[e + 1]?.cap) e++;
    else if (t.text === '(' && tokens[e + 2]?.text === ')' && /^[A-Z0-9]{2,8}$/.test(tokens[e + 1]!.text)) e += 3;
    else break;
  }
  return e;
}

/** The end of "foreign ministers", "leaders", "heads of state" at j, or j. */
function members(tokens: readonly Token[], j: number): number {
  for (const n of [4, 3, 2, 1]) {
    const words = tokens
      .slice(j, j + n)
      .map((t) => t.key)
      .join(' ');
    if (MEMBERS.test(words)) return j + n;
  }
  return j;
}
