// Named occasions: recurring meetings from the knowledge base with their number ("the 58th ASEAN
// Foreign Ministers' Meeting", "UNGA 79", "the General Assembly's 76th session") and other named
// gatherings ("the ASEAN-US Conference", "the United Nations Summit of the Future").
import type { Doc, Mention, Token } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';
import { ordinalSuffix, parseOrdinal } from '../../text/fold.ts';
import { buildTokenIndex } from './titleChain.ts';
import { lowercaseGatherings } from './lowercaseGatherings.ts';
import { MONTH_WORDS, WEEKDAYS } from './wordClasses.ts';

const NOUNS = new Set([
  'meeting',
  'summit',
  'conference',
  'forum',
  'session',
  'dialogue',
  'debate',
  'congress',
  'retreat',
  'ministerial',
  'assembly',
  'expo',
  'symposium',
  'consultation',
  'consultations',
  'roundtable',
  'convention',
  'games',
  'festival',
  'fair',
]);
const INNER = new Set(['of', 'the', 'for', 'on', 'and', 'in', 'de']);

export const occasionsStage: Stage = {
  name: 'recognize-occasions',
  run(doc: Doc, ctx: Context): Doc {
    const { tokens } = doc;
    const ix = buildTokenIndex(tokens, doc.mentions);
    const found: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const known = ix.at.get(i)?.find((m) => m.kind === 'occasion');
      const t = tokens[i]!;
      if (!known && !(t.cap && NOUNS.has(t.key))) {
        i++;
        continue;
      }
      // grow left over capitalised words and ordinals, right over the rest of the name
      let s = i;
      while (s > 0 && tokens[s - 1]!.sentence === t.sentence && leftOk(tokens, s - 1)) s--;
      while (s < i && (tokens[s]!.key === 'the' || !tokens[s]!.word)) s++;
      let e = known ? known.tokenEnd : i + 1;
      while (e < tokens.length && tokens[e]!.sentence === t.sentence && rightOk(tokens, e) && !whereOrWhen(ix, e)) {
        const inner = ix.at.get(e)?.find((m) => m.kind === 'occasion');
        e = inner ? inner.tokenEnd : e + 1;
      }
      while (e > i + 1 && (INNER.has(tokens[e - 1]!.key) || !tokens[e - 1]!.word)) e--;
      const inside = [...range(s, e)].map((j) => ix.at.get(j)?.find((m) => m.kind === 'occasion')).find((m) => !!m);
      const meeting = inside ? ctx.knowledge.meetings.get(inside.value) : undefined;
      if (!meeting && !genericOk(tokens, s, e, i)) {
        i = e;
        continue;
      }
      const ord = ordinalNear(tokens, s, e);
      // "the General Assembly's 76th session" and "UNGA 79": the number sits after the name
      if (ord.after > e) e = ord.after;
      const name = meeting
        ? canonical(doc, tokens, s, inside!, meeting.template, meeting.canonical, ord.value)
        : surface(doc, tokens, s, e, ord.value);
      const attrs: Record<string, string> = {};
      if (meeting) attrs.meeting = meeting.key;
      if (ord.value) attrs.ordinal = String(ord.value);
      const yearTok = tokens[e];
      if (yearTok && /^(19|20)\d\d$/.test(yearTok.text) && yearTok.sentence === t.sentence) {
        attrs.year = yearTok.text;
        e++;
      }
      found.push({
        kind: 'occasion',
        start: tokens[s]!.start,
        end: tokens[e - 1]!.end,
        tokenStart: s,
        tokenEnd: e,
        sentence: t.sentence,
        rule: meeting ? 'occasion-known-meeting' : 'occasion-named-gathering',
        provenance: 'stated',
        value: name,
        attrs,
      });
      i = Math.max(e, i + 1);
    }
    found.push(...lowercaseGatherings(doc, found));
    return { ...doc, mentions: [...doc.mentions.filter((m) => m.kind !== 'occasion'), ...found] };
  },
};

/** "... Ministers Meeting in Suva on Tuesday": where and when it was are not part of its name
 * ("Conference on Syria" is). */
function whereOrWhen(ix: ReturnType<typeof buildTokenIndex>, j: number): boolean {
  const t = ix.tokens[j]!;
  const next = ix.tokens[j + 1];
  if (!next) return false;
  if (t.key === 'in' || t.key === 'at')
    return !!ix.at.get(j + 1)?.some((m) => m.kind === 'city' || m.kind === 'country');
  return t.key === 'on' && (WEEKDAYS.has(next.key) || MONTH_WORDS.has(next.key));
}

function* range(a: number, b: number): Generator<number> {
  for (let i = a; i < b; i++) yield i;
}
function leftOk(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (parseOrdinal(t.text) !== null && /\d/.test(t.text)) return true;
  if ((t.text === '-' || t.text === '–') && tokens[j - 1]?.cap) return true;
  if (t.key === 'level' && tokens[j - 1]?.text === '-') return true;
  // "Foreign Ministers' Meeting"
  if (t.key === "'" && tokens[j - 1]?.cap && /s$/.test(tokens[j - 1]!.key)) return true;
  return t.cap && t.word && !/^(on|at|in|during|within|attended|attend|the|and|of)$/.test(t.key);
}
function rightOk(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.cap && t.word) return true;
  if (
    INNER.has(t.key) &&
    (tokens[j + 1]?.cap || INNER.has(tokens[j + 1]?.key ?? '') || /^["“«]$/.test(tokens[j + 1]?.text ?? ''))
  )
    return true;
  if ((t.text === '-' || t.text === '–') && tokens[j + 1]?.cap) return true;
  // 'the "Central Asia + Japan" Dialogue': quotes and joiners inside the name
  if (/^["“”«»+&]$/.test(t.text) && (tokens[j + 1]?.cap || /^["“”«»]$/.test(tokens[j + 1]?.text ?? ''))) return true;
  if (t.key === "'" && tokens[j + 1]?.key === 's' && tokens[j + 2]?.cap) return true;
  if (t.key === 's' && tokens[j - 1]?.key === "'") return tokens[j + 1]?.cap ?? false;
  return false;
}
/** A named gathering ends in its noun ("ASEAN-US Conference") or names what it is of, on or for
 * ("Conference on Disarmament"). */
function genericOk(tokens: readonly Token[], s: number, e: number, anchor: number): boolean {
  const a = tokens[anchor]!;
  // sentence-initial "Meeting Belarusian FM ..." is a verb, not a name
  if (a.key === 'meeting' && tokens[anchor - 1]?.sentence !== a.sentence && tokens[anchor + 1]?.key !== 'of')
    return false;
  if (e - s < 2) return false;
  if (NOUNS.has(tokens[e - 1]!.key)) return true;
  for (let j = s; j < e - 1; j++)
    if (tokens[j]!.cap && NOUNS.has(tokens[j]!.key) && /^(of|on|for)$/.test(tokens[j + 1]!.key)) return true;
  return false;
}

function ordinalNear(tokens: readonly Token[], s: number, e: number): { value: number | null; after: number } {
  for (let j = s; j < e; j++) {
    const o = parseOrdinal(tokens[j]!.text);
    if (o !== null) return { value: o, after: 0 };
  }
  const before = tokens[s - 1];
  if (before && parseOrdinal(before.text) !== null && before.sentence === tokens[s]!.sentence)
    return { value: parseOrdinal(before.text), after: 0 };
  // "the 79th session of the UN General Assembly"
  if (
    tokens[s - 1]?.key === 'the' &&
    /^(session|meeting|summit)$/.test(tokens[s - 3]?.key ?? '') &&
    tokens[s - 2]?.key === 'of'
  ) {
    const o = parseOrdinal(tokens[s - 4]?.text ?? '');
    if (o !== null) return { value: o, after: 0 };
  }
  if (tokens[s - 1]?.key === 'of' && /^(session|meeting|summit)$/.test(tokens[s - 2]?.key ?? '')) {
    const o = parseOrdinal(tokens[s - 3]?.text ?? '');
    if (o !== null) return { value: o, after: 0 };
  }
  // "Assembly's 76th session", "Assembly (UNGA)'s 79th session"
  let j = e;
  if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') j += 3;
  if (tokens[j]?.key === "'" && tokens[j + 1]?.key === 's') {
    const o = parseOrdinal(tokens[j + 2]?.text ?? '');
    if (o !== null)
      return { value: o, after: /^(session|summit|meeting)$/.test(tokens[j + 3]?.key ?? '') ? j + 4 : j + 3 };
  }
  // "UNGA 79"
  const n = tokens[e];
  if (n && /^\d{1,3}$/.test(n.text) && n.sentence === tokens[s]!.sentence)
    return { value: Number(n.text), after: e + 1 };
  return { value: null, after: 0 };
}

function canonical(
  doc: Doc,
  tokens: readonly Token[],
  s: number,
  inside: Mention,
  template: string,
  name: string,
  ord: number | null,
): string {
  const base = ord ? template.replace('{ordinal}', ordinalSuffix(ord)).replace('{canonical}', name) : name;
  // a sub-event before the meeting's name: "High-level General Debate of the ..."
  let p = inside.tokenStart;
  while (p > s && /^(of|the)$/.test(tokens[p - 1]!.key)) p--;
  // "ASEAN-UK Post Ministerial Conference": no "of the" between, so the text itself is the name
  if (p > s && p === inside.tokenStart) return doc.text.slice(tokens[s]!.start, tokens[inside.tokenEnd - 1]!.end);
  const prefix = p > s ? doc.text.slice(tokens[s]!.start, tokens[p - 1]!.end) : '';
  const cleanPrefix = prefix.replace(/^\d+(st|nd|rd|th)\s+/i, '');
  // "51st Session of the Council ...": the session the template already names
  if (base.toLowerCase().includes(`${cleanPrefix.toLowerCase()} of the`)) return base;
  return cleanPrefix && !/^\d/.test(cleanPrefix) ? `${cleanPrefix} of the ${base}` : base;
}

function surface(doc: Doc, tokens: readonly Token[], s: number, e: number, ord: number | null): string {
  const text = doc.text.slice(tokens[s]!.start, tokens[e - 1]!.end).replace(/\s+/g, ' ');
  if (ord && !/\d/.test(text)) return `${ordinalSuffix(ord)} ${text}`;
  return text;
}
