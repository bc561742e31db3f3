// Finds people: a name after a title ("US Secretary of State Marco Rubio"), a name before an
// appositive title ("Phan Anh Son, President of ..."), names after a plural title ("Foreign
// Ministers A and B", pluralTitles.ts), and two-or-more-word names that another rule recognises
// (nameRules.ts: counterparts, reporting verbs, meeting prepositions, lowercase appositives).
// Titles without a name ("the Australian Foreign Minister") are kept as nominal title mentions
// for coreference.
import type { Doc, Mention, Token } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { buildTokenIndex, parseTitle, type TitleSpan, type TokenIndex } from './titleChain.ts';

import { parseName, type NameSpan } from './nameParser.ts';
import { describeTitle, guessKind, withPrefix } from './describeTitle.ts';
import { pluralTitleAt } from './pluralTitles.ts';
import { NAME_PARTICLES } from './wordClasses.ts';
import { nameRule } from './nameRules.ts';
import { extend } from '../extend.ts';

const MEMBERS = /^(states?|countries|nations|economies)$/;

export const peopleStage: Stage = {
  name: 'recognize-people',
  run(doc: Doc, ctx: Context): Doc {
    const k = ctx.knowledge;
    const ix = buildTokenIndex(doc.tokens, doc.mentions);
    const found: Mention[] = [];
    // tokens already in a found name (an array: one look-up per token of the document)
    // tokens already in a found name, one flag per token
    const usedName = new Uint8Array(doc.tokens.length);
    const { tokens } = ix;

    for (let i = 0; i < tokens.length; i++) {
      const title = parseTitle(ix, i, k);
      // "OIC Member States", "EU member countries": members of a body, nobody's office
      if (!title || (tokens[title.end - 1]?.key === 'member' && MEMBERS.test(tokens[title.end]?.key ?? ''))) continue;
      const span = withPrefix(ix, title);
      // "Minister of Equality and Equity, Francia Márquez": a portfolio the word lists lack
      const tail = portfolioTail(ix, span.end);
      if (tail > 0 && parseName(ix, tail + 1, k)) span.end = tail;
      let n = span.end;
      // "..., Senator the Hon Penny Wong," / "..., the Hon Richard Marles MP,"
      if (
        tokens[n]?.text === ',' &&
        (tokens[n + 1]?.cap ||
          (tokens[n + 1]?.key === 'the' && /^(hon|honourable|honorable|rt)$/.test(tokens[n + 2]?.key ?? '')))
      )
        n++;
      let parsed = parseName(ix, n, k);
      // "Chairman of the State Great Khural (Parliament) of Mongolia Dashzegviin Amarbayasgalan":
      // unknown title words, then "(...)" or "of <country>", then the real name
      if (parsed) {
        const resumed =
          resumeAfterTitleTail(ix, parsed.end, k, parsed.words === 1) ??
          (parsed.words === 1 ? resumeAfterTitleTail(ix, parsed.start + 1, k) : null);
        if (resumed) {
          span.end = resumed.nameStart;
          span.affiliations.push(...resumed.affiliations);
          parsed = parseName(ix, resumed.nameStart, k);
        }
      }
      const headline = doc.sentences[tokens[i]!.sentence]?.kind === 'headline';
      const name = parsed && !headline ? parsed : null;
      const desc = describeTitle(doc, ix, span, k);
      found.push(titleMention(doc, ix, span, desc, name ? 'title-before-name' : 'title-nominal'));
      if (name) {
        const placed = desc.attrs.affiliation ? null : placedBy(ix, name);
        found.push(
          personMention(
            doc,
            ix,
            name,
            'title-then-name',
            Object.assign({}, desc.attrs, placed ? { affiliation: placed, affiliationRule: 'name-of-country' } : {}, {
              titleStart: String(span.start),
              titleEnd: String(span.end),
            }),
          ),
        );
        usedName.fill(1, name.start, name.end);
      } else {
        const appositive = nameBefore(ix, span.start, k, span.end);
        // "Ambassador Yusuf Tuggar, Minister of Foreign Affairs of Nigeria": a name already
        // taken by the title before it still gets the placed title after it
        if (appositive && (!usedName[appositive.start] || desc.attrs.affiliation)) {
          found.push(
            personMention(
              doc,
              ix,
              appositive,
              'name-then-title',
              extend(desc.attrs, { titleStart: String(span.start), titleEnd: String(span.end) }),
            ),
          );
          usedName.fill(1, appositive.start, appositive.end);
        }
      }
      i = Math.max(i, (name?.end ?? span.end) - 1);
    }

    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.cap || doc.sentences[tokens[i]!.sentence]?.kind === 'headline') continue;
      const plural = pluralTitleAt(ix, i, k, usedName);
      if (!plural) continue;
      const attrs = {
        title: plural.title,
        office: guessKind(plural.title),
        titleStart: String(plural.titleStart),
        titleEnd: String(plural.titleEnd),
      };
      for (const name of plural.names) {
        found.push(personMention(doc, ix, name, 'plural-title-then-name', attrs));
        usedName.fill(1, name.start, name.end);
      }
      i = plural.names[plural.names.length - 1]!.end - 1;
    }

    for (let i = 0; i < tokens.length; i++) {
      if (usedName[i] || !tokens[i]!.cap || doc.sentences[tokens[i]!.sentence]?.kind === 'headline') continue;
      if (tokens[i - 1]?.cap && tokens[i - 1]!.word && tokens[i - 1]!.sentence === tokens[i]!.sentence) continue;
      const name = parseName(ix, i, k);
      if (!name || name.words < 2 || usedName.subarray(name.start, name.end).includes(1)) continue;
      const rule = nameRule(ix, name, k);
      if (!rule) continue;
      const attrs: Record<string, string> = {};
      if (rule.title) Object.assign(attrs, { title: rule.title, office: guessKind(rule.title) });
      const placed = placedBy(ix, name);
      if (rule.affiliation ?? placed) attrs.affiliation = (rule.affiliation ?? placed)!;
      if (rule.counterpart) attrs.counterpart = '1';
      found.push(personMention(doc, ix, name, rule.rule, attrs));
      usedName.fill(1, name.start, name.end);
      i = name.end - 1;
    }
    return { ...doc, mentions: [...doc.mentions, ...found] };
  },
};

/** After a title: "of|for" and a run of capitalised words (with "and", "&", "the", "of"),
 * up to the comma before a name; the comma's index, or -1. */
function portfolioTail(ix: TokenIndex, from: number): number {
  const { tokens } = ix;
  const lead = tokens[from];
  if (!lead || (lead.key !== 'of' && lead.key !== 'for') || !tokens[from + 1]?.cap) return -1;
  let j = from + 1;
  while (j < tokens.length && j - from <= 8) {
    const t = tokens[j]!;
    if (t.sentence !== lead.sentence) return -1;
    if (t.text === ',') return tokens[j - 1]?.cap ? j : -1;
    if (!(t.cap && t.word) && !/^(and|&|the|of)$/.test(t.key)) return -1;
    j++;
  }
  return -1;
}

function resumeAfterTitleTail(
  ix: TokenIndex,
  from: number,
  k: Knowledge,
  /** The name parsed before `from` is one word (so it may be a title word we do not know). */
  loneWord = false,
): { nameStart: number; affiliations: Mention[] } | null {
  const { tokens } = ix;
  let j = from;
  if (tokens[j]?.text === '(') {
    let close = j + 1;
    while (close < j + 6 && tokens[close] && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text !== ')') return null;
    j = close + 1;
  }
  const affiliations: Mention[] = [];
  // "European Commissioner for International Partnerships, Jozef Síkela,"
  if (tokens[j]?.text === ',' && j === from && loneWord) {
    const lone = parseName(ix, from - 1, k);
    const after = parseName(ix, j + 1, k);
    if (lone?.words === 1 && lone.end === from && after && after.words >= 2) return { nameStart: j + 1, affiliations };
  }
  if (tokens[j]?.key === 'of') {
    const at = tokens[j + 1]?.key === 'the' ? j + 2 : j + 1;
    const c = ix.at.get(at)?.find((m) => m.kind === 'country' || m.kind === 'org');
    if (!c) return null;
    affiliations.push(c);
    j = c.tokenEnd;
  }
  const again = parseName(ix, j, k);
  if (j === from) {
    // "European Commissioner for International Partnerships Jozef Síkela": one unknown title
    // word, then the real name
    const lone = parseName(ix, from - 1, k);
    if (lone?.words === 1 && lone.end === from && again && again.words >= 2) return { nameStart: from, affiliations };
    return null;
  }
  return again && again.words >= 2 ? { nameStart: j, affiliations } : null;
}

/** "Retno Marsudi of Indonesia", "Indonesia's Retno Marsudi", "Hakan Fidan (Türkiye)". */
function placedBy(ix: TokenIndex, name: NameSpan): string | null {
  const { tokens } = ix;
  const after = tokens[name.end];
  if (after?.key === 'of' || after?.text === '(') {
    const at = tokens[name.end + 1]?.key === 'the' ? name.end + 2 : name.end + 1;
    const c = ix.at.get(at)?.find((m) => m.kind === 'country');
    if (c) return c.value;
  }
  if (tokens[name.start - 1]?.key === 's' && tokens[name.start - 2]?.key === "'") {
    const c = ix.endsAt.get(name.start - 2)?.find((m) => m.kind === 'country');
    if (c) return c.value;
  }
  return null;
}

function nameBefore(ix: TokenIndex, titleStart: number, k: Knowledge, titleEnd: number): NameSpan | null {
  const { tokens } = ix;
  // ", the Minister for Foreign Affairs," is an appositive only when it closes again
  if (tokens[titleStart - 1]?.key === 'the' && tokens[titleStart - 2]?.text === ',') {
    if (!/^[,;.)]$/.test(tokens[titleEnd]?.text ?? '.')) return null;
    titleStart--;
  }
  if (tokens[titleStart - 1]?.text !== ',') return null;
  // walk back over capitalised words to the start of the name
  let s = titleStart - 2;
  // back over capitalised words, initials and "H.E. Mr." to where the name may start
  const nameish = (t: Token | undefined, before: Token | undefined): boolean =>
    !!t && (t.cap || (t.text === '.' && !!before?.cap) || NAME_PARTICLES.has(t.key) || t.key === "'" || t.text === '-');
  while (
    s > 0 &&
    nameish(tokens[s - 1], tokens[s - 2]) &&
    tokens[s - 1]!.sentence === tokens[s]!.sentence &&
    titleStart - s < 14
  )
    s--;
  for (let from = s; from < titleStart - 1; from++) {
    const name = parseName(ix, from, k);
    if (name && name.end === titleStart - 1 && name.words >= 2) return name;
  }
  return null;
}

function titleMention(
  doc: Doc,
  ix: TokenIndex,
  span: TitleSpan,
  desc: ReturnType<typeof describeTitle>,
  rule: string,
): Mention {
  const first = ix.tokens[span.start]!;
  const last = ix.tokens[span.end - 1]!;
  return {
    kind: 'title',
    start: first.start,
    end: last.end,
    tokenStart: span.start,
    tokenEnd: span.end,
    sentence: first.sentence,
    rule,
    provenance: 'stated',
    value: desc.title,
    attrs: extend(desc.attrs, { composite: '1' }),
  };
}

function personMention(doc: Doc, ix: TokenIndex, name: NameSpan, rule: string, attrs: Record<string, string>): Mention {
  const first = ix.tokens[name.start]!;
  const last = ix.tokens[name.end - 1]!;
  return {
    kind: 'person',
    start: first.start,
    end: last.end,
    tokenStart: name.start,
    tokenEnd: name.end,
    sentence: first.sentence,
    rule,
    provenance: 'stated',
    value: name.name,
    attrs: extend(
      attrs,
      name.honorific ? { words: String(name.words), honorific: name.honorific } : { words: String(name.words) },
    ),
  };
}
