// Coreference of people within one document. Full names become entities; shorter forms ("Sơn",
// "Mr. Rubio", "Foreign Minister Takeshi"), nominals ("the Vietnamese official", "the US
// Secretary of State") and sentence-initial pronouns are linked to them. Each entity gets its
// titles and an affiliation with the rule that gave it.
import type { Doc, Mention, Office, Person } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';
import { nameTokens, sameOrPart } from './nameKey.ts';
import { homeParty } from './homeParty.ts';
import { linkFirstPerson } from './firstPerson.ts';
import { NOT_NAME } from '../recognize/wordClasses.ts';
import { clauseStart } from './clauseStart.ts';
import {
  bodyOrder,
  namedBefore,
  pickByToken,
  pickNominal,
  topRanked,
  type PersonDraft as Draft,
} from './pickPerson.ts';

const PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const NOMINAL_HEADS = new Set([
  'official',
  'minister',
  'diplomat',
  'leader',
  'counterpart',
  'envoy',
  'ambassador',
  'secretary',
  'president',
  'premier',
  'chancellor',
  'host',
  'guest',
  'foreign',
]);

/** The offices a lower-case nominal head can refer to; heads not listed fit any office. */
const NOMINAL_OFFICES: Readonly<Record<string, readonly string[]>> = {
  ambassador: ['ambassador', 'envoy'],
  envoy: ['envoy', 'ambassador'],
  president: ['head_of_state'],
  premier: ['head_of_government'],
  chancellor: ['head_of_government'],
  foreign: ['foreign_minister', 'deputy_foreign_minister'],
  minister: ['minister', 'foreign_minister', 'deputy_foreign_minister', 'deputy_minister', 'head_of_government'],
};

export const peopleResolveStage: Stage = {
  name: 'resolve-people',
  run(doc: Doc, ctx: Context): Doc {
    const persons = doc.mentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
    const drafts: Draft[] = [];
    const byMention = new Map<Mention, Draft>();
    // the same names and capitalised runs recur through an article: fold and split each once
    const keyCache = new Map<string, string[]>();
    const keysOf = (name: string): string[] => {
      let keys = keyCache.get(name);
      if (!keys) keyCache.set(name, (keys = nameTokens(name)));
      return keys;
    };
    const multi = persons
      .filter((m) => keysOf(m.value).length >= 2)
      .sort((a, b) => keysOf(b.value).length - keysOf(a.value).length);
    for (const m of multi) byMention.set(m, attach(drafts, m, keysOf(m.value), true));
    for (const m of persons.filter((p) => !byMention.has(p)))
      byMention.set(m, attach(drafts, m, keysOf(m.value), false));
    for (const [m, d] of byMention) addMention(d, m, 'name', ctx);

    // bare surnames and given names: "Sơn highlighted", "Mr. Rubio affirmed"
    const inMention = new Uint8Array(doc.tokens.length);
    for (const m of doc.mentions) if (m.kind !== 'date') inMention.fill(1, m.tokenStart, m.tokenEnd);
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      // one letter is an initial or the "E" of "H.E.", never a name alone
      if (inMention[i] || !t.cap || !t.word || t.text.length < 2 || NOT_NAME.has(t.key)) continue;
      let e = i;
      while (
        e + 1 < doc.tokens.length &&
        doc.tokens[e + 1]!.cap &&
        doc.tokens[e + 1]!.word &&
        !inMention[e + 1] &&
        doc.tokens[e + 1]!.sentence === t.sentence
      )
        e++;
      if (e > i && e - i < 3) {
        const run = keysOf(doc.text.slice(t.start, doc.tokens[e]!.end));
        const target = drafts.find((d) => d.keys.length >= run.length && run.length > 0 && sameOrPart(run, d.keys));
        if (target) {
          target.mentions.push({ start: t.start, end: doc.tokens[e]!.end, sentence: t.sentence, rule: 'short-name' });
          i = e;
          continue;
        }
      }
      const prev = doc.tokens[i - 1];
      const next = doc.tokens[i + 1];
      if (next?.cap && next.word && next.sentence === t.sentence && !inMention[i + 1]) continue; // part of another name
      if (
        prev?.cap &&
        prev.word &&
        prev.sentence === t.sentence &&
        !inMention[i - 1] &&
        !/^(mr|mrs|ms|dr|minister|secretary|president)$/.test(prev.key) &&
        // an office acronym before a surname: "HR/VP Kallas", "EAM Jaishankar"
        !/^[A-Z]{2,4}$/.test(prev.text)
      )
        continue;
      const target = pickByToken(drafts, t.key, t.start);
      if (target) target.mentions.push({ start: t.start, end: t.end, sentence: t.sentence, rule: 'surname' });
    }

    // nominal titles without a name: "the Vietnamese FM", "The US Secretary of State"; an unplaced
    // "the Minister" in a ministry's release is most often its own minister, named first
    const firstNamed = bodyOrder(doc, drafts);
    for (const m of doc.mentions) {
      const where = doc.sentences[m.sentence]?.kind;
      // headlines and links to other stories speak of other people ("... receives a call from
      // the Foreign Minister of Bahrain")
      if (m.kind !== 'title' || m.rule !== 'title-nominal' || (where !== 'body' && where !== 'caption')) continue;
      const target = pickNominal(
        drafts,
        m.attrs.affiliation ?? null,
        m.attrs.office ?? null,
        m.attrs.title ?? null,
        undefined,
        m.attrs.affiliation ? null : firstNamed,
      );
      if (target) {
        target.mentions.push({ start: m.start, end: m.end, sentence: m.sentence, rule: 'nominal-title' });
        if (m.attrs.affiliation) vote(target, m.attrs.affiliation, 1);
      }
    }
    // lower-case nominals: "the Vietnamese official", "The Venezuelan minister"
    for (const c of doc.mentions) {
      if (c.kind !== 'country') continue;
      const head = doc.tokens[c.tokenEnd];
      const before = doc.tokens[c.tokenStart - 1];
      // "his Omani counterpart": only that head after a possessive
      const possessive = /^(his|her|their)$/.test(before?.key ?? '') && head?.key === 'counterpart';
      if (!head || head.cap || !NOMINAL_HEADS.has(head.key) || (!/^(the|top)$/.test(before?.key ?? '') && !possessive))
        continue;
      // a counterpart holds the office of the one whose counterpart they are: the person named
      // last before it in the sentence
      const owner = possessive ? namedBefore(drafts, c.sentence, c.start) : undefined;
      const offices = possessive ? owner?.titles.map((t) => t.kind) : NOMINAL_OFFICES[head.key];
      if (possessive && !offices?.length) continue;
      const target = pickNominal(drafts, c.value, null, null, offices);
      if (target && target !== owner) {
        target.mentions.push({ start: c.start, end: head.end, sentence: c.sentence, rule: 'nominal-demonym' });
        vote(target, c.value, 2);
      }
    }
    // "the top leader('s)", "the leader": the highest-ranked person the article names
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      if (t.key !== 'leader' || t.cap || (doc.tokens[i - 1]?.key !== 'top' && doc.tokens[i - 2]?.key !== 'top'))
        continue;
      const top = topRanked(drafts);
      if (top)
        top.mentions.push({
          start: doc.tokens[i - 1]!.start,
          end: t.end,
          sentence: t.sentence,
          rule: 'nominal-top-leader',
        });
    }
    // "He", "She" opening a sentence: the subject of the sentence before
    const sentenceFirstToken = new Map<number, number>();
    for (let i = 0, prev = -1; i < doc.tokens.length; i++) {
      const s = doc.tokens[i]!.sentence;
      // a token of the sentence just before is never a first one
      if (s !== prev && !sentenceFirstToken.has(s)) sentenceFirstToken.set(s, i);
      prev = s;
    }
    linkFirstPerson(doc, drafts);
    const subjectOf = new Map<number, Draft>();
    const refsBySentence = new Map<number, { d: Draft; start: number }[]>();
    for (const d of drafts)
      for (const mm of d.mentions)
        (refsBySentence.get(mm.sentence) ?? refsBySentence.set(mm.sentence, []).get(mm.sentence)!).push({
          d,
          start: mm.start,
        });
    for (const s of doc.sentences) {
      const ft = sentenceFirstToken.get(s.index);
      if (ft === undefined) continue;
      const first = doc.tokens[ft]!;
      const prev = subjectOf.get(s.index - 1);
      if (PRONOUNS.has(first.key) && first.cap && prev && s.kind === 'body') {
        prev.mentions.push({ start: first.start, end: first.end, sentence: s.index, rule: 'pronoun' });
        subjectOf.set(s.index, prev);
        continue;
      }
      const from = doc.tokens[clauseStart(doc.tokens, ft)]?.start ?? s.start;
      const refs = (refsBySentence.get(s.index) ?? []).filter((r) => r.start >= from).sort((a, b) => a.start - b.start);
      if (refs[0]) subjectOf.set(s.index, refs[0].d);
      else if (prev && s.kind === 'body') subjectOf.set(s.index, prev);
    }

    // the first official the body names, with a side stated for them
    const bodyFirst = (d: Draft) =>
      Math.min(...d.mentions.filter((m) => doc.sentences[m.sentence]?.kind === 'body').map((m) => m.start));
    const lead = drafts
      .filter((d) => d.titles.length && Number.isFinite(bodyFirst(d)))
      .sort((a, b) => bodyFirst(a) - bodyFirst(b))[0];
    const home = homeParty(
      doc,
      { claimed: new Set(drafts.flatMap((d) => [...d.claims])), leadSide: lead ? ([...lead.claims][0] ?? null) : null },
      ctx.knowledge,
    );
    const people: Person[] = drafts.map((d) => {
      const [best] = [...d.affVotes].sort((a, b) => b[1] - a[1]);
      const affiliation = best
        ? {
            value: best[0],
            evidence: {
              start: d.mentions[0]!.start,
              end: d.mentions[0]!.end,
              rule: 'title-or-context',
              provenance: 'stated' as const,
            },
          }
        : home
          ? {
              value: home,
              evidence: {
                start: d.mentions[0]!.start,
                end: d.mentions[0]!.end,
                rule: 'home-party',
                provenance: 'inferred' as const,
              },
            }
          : null;
      return {
        id: d.id,
        name: d.name,
        titles: d.titles,
        affiliation,
        mentions: d.mentions.sort((a, b) => a.start - b.start),
      };
    });
    return { ...doc, people };
  },
};

function attach(drafts: Draft[], m: Mention, keys: string[], full: boolean): Draft {
  const match = drafts.filter(
    (d) =>
      keys.length && sameOrPart(d.keys, keys) && (full || d.keys.at(-1) === keys.at(-1) || d.keys.includes(keys[0]!)),
  );
  const found = match.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  if (found) return found;
  const d: Draft = {
    id: drafts.length,
    name: m.value,
    titles: [],
    affiliation: null,
    mentions: [],
    keys,
    affVotes: new Map(),
    claims: new Set(),
  };
  drafts.push(d);
  return d;
}

function addMention(d: Draft, m: Mention, rule: string, _ctx: Context): void {
  d.mentions.push({ start: m.start, end: m.end, sentence: m.sentence, rule: `${rule}:${m.rule}` });
  if (m.attrs.title) {
    const office: Office = {
      title: m.attrs.title,
      kind: m.attrs.office ?? 'official',
      affiliation: m.attrs.affiliation ?? null,
      evidence: { start: m.start, end: m.end, rule: m.rule, provenance: 'stated' },
    };
    d.titles.push(office);
  }
  if (m.attrs.affiliation) {
    vote(d, m.attrs.affiliation, m.attrs.affiliationRule === 'office-implies-country' ? 1 : 3);
    if (m.attrs.affiliationRule !== 'office-implies-country') d.claims.add(m.attrs.affiliation);
  }
}

function vote(d: Draft, code: string, w: number): void {
  d.affVotes.set(code, (d.affVotes.get(code) ?? 0) + w);
}
