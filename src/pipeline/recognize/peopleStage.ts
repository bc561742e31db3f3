// Finds people: a name after a title ("US Secretary of State Marco Rubio"), a name before an
// appositive title ("Phan Anh Son, President of ..."), "his counterpart from X, NAME", and
// two-or-more-word names next to a reporting verb or a meeting preposition. Titles without a
// name ("the Australian Foreign Minister") are kept as nominal title mentions for coreference.
import type { Doc, Mention, Token } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { buildTokenIndex, parseTitle, withPrefix, type TitleSpan, type TokenIndex } from './titleChain.ts';
import { parseName, type NameSpan } from './nameParser.ts';
import { describeTitle, guessKind } from './describeTitle.ts';
import { pluralTitleAt } from './pluralTitles.ts';
import { NAME_PARTICLES, REPORTING_VERBS } from './wordClasses.ts';
import { extend } from '../extend.ts';

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
      if (!title) continue;
      const span = withPrefix(ix, title);
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
        if (appositive && !usedName[appositive.start]) {
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
      const rule: NameRule | null =
        counterpartRule(ix, name) ?? contextRule(ix, name) ?? lowercaseAppositive(ix, name, k);
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
interface NameRule {
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
  if (before && OBJECT_CUES.has(before.key) && !before.cap) return { rule: 'name-after-meeting-cue' };
  // "Argentina's Javier Milei"
  if (before?.key === 's' && tokens[name.start - 2]?.key === "'" && (!after || !after.cap)) {
    const c = ix.endsAt.get(name.start - 2)?.find((m) => m.kind === 'country');
    if (c) return { rule: 'country-possessive-name', affiliation: c.value };
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
