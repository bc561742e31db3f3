// Anniversaries of relations ("the 30th anniversary of diplomatic ties next year", "celebrating
// 30 years of diplomatic relations") and partnership levels ("the Vietnam-US Comprehensive
// Strategic Partnership", "its comprehensive partnership with Việt Nam").
import type { Anniversary, Doc, Evidence, Partnership } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { parseCardinal, parseOrdinal } from '../../text/fold.ts';
import type { SentenceView } from './sentenceView.ts';
import { anniversaryYear } from './anniversaryYear.ts';

const ANNIV =
  /\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|seventy-fifth)\s+(?:founding\s+)?anniversary\s+of\s+(?:the\s+)?(?:establish(?:ment|ing)\s+(?:of\s+)?)?((?:[^.;]|(?<=(?:^|[^A-Za-z])[A-Za-z])\.){0,90}?)(relations|ties|partnership|relationship|alliance|treaty)/gi;
const YEARS_OF =
  /\b(\d{1,3}|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred)\s+years\s+of\s+(?:establishing\s+|the\s+establishment\s+of\s+)?(?:their\s+|bilateral\s+|the\s+[\p{Lu}][\p{L}]*(?:-[\p{Lu}][\p{L}]*)+\s+)?(diplomatic\s+(?:relations|ties)|dialogue\s+relations|(?:comprehensive\s+)?(?:strategic\s+)?partnership)/giu;
const YEARS_SINCE =
  /\b(\d{1,3})\s+years\s+since\b[^.;]{0,120}?\b(?:established|establishment of|set up|normali[sz]ed|forged)\b[^.;]{0,40}?\b(relations|ties)\b(?:[^.;]{0,20}?\bin\s+(\d{4}))?/gi;
const LEVEL_WORDS =
  'comprehensive\\s+strategic|strategic\\s+and\\s+comprehensive|comprehensive\\s+and\\s+strategic|strategic|comprehensive|enhanced\\s+strategic|special\\s+strategic|extensive\\s+strategic|all-round\\s+strategic|global\\s+strategic|privileged|special|enhanced';
const LEVEL = new RegExp(`\\b(${LEVEL_WORDS})\\s+(?:cooperative\\s+)?partnership\\b`, 'gi');
/** "Brazil and Indonesia have been strategic partners since 2008": the two sides are partners
 * (not "described Ghana as a strategic partner", a compliment). */
const PARTNERS = new RegExp(
  `\\b(?:have been|has been|are|became|have become|remain)\\s+(${LEVEL_WORDS})\\s+partners\\b`,
  'gi',
);

export interface RelationContext {
  doc: Doc;
  views: SentenceView[];
  k: Knowledge;
  /** Parties of the engagement a sentence describes, when it describes one. */
  sentenceParties: Map<number, string[]>;
  mainPair: string[] | null;
}

function sentenceAt(doc: Doc, offset: number): number {
  const s = doc.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? s.index : -1;
}

/** Parties a sentence names around a phrase: "Vietnam-US", "Vietnam and the US", "its ... with Việt Nam". */
function partiesNear(ctx: RelationContext, sentence: number, at: number): string[] {
  const v = ctx.views[sentence];
  if (!v) return [];
  const codes = (ms: typeof v.mentions) => [...new Set(ms.map((m) => ctx.k.partyOf.get(m.value) ?? m.value))];
  const parties = v.mentions.filter((m) => m.kind === 'country' || m.kind === 'org');
  // "Vietnam-US Comprehensive Strategic Partnership" / "ASEAN-U.S. ..."
  const glued = parties.filter((m) => m.end <= at && at - m.end <= 2);
  if (glued.length) {
    const last = glued[glued.length - 1]!;
    const pair = parties.filter((m) => m.end <= last.end && last.start - m.end <= 3 && m !== last);
    const pre = pair[pair.length - 1];
    if (
      pre &&
      ctx.doc.text
        .slice(pre.end, last.start)
        .trim()
        .match(/^[-–]$/)
    )
      return codes([pre, last]);
  }
  const fromSentence = codes(
    parties.filter((m) => !ctx.doc.text.slice(Math.max(0, m.start - 4), m.start).match(/\bin\s+(the\s+)?$/)),
  );
  if (fromSentence.length === 2) return fromSentence;
  const own = ctx.sentenceParties.get(sentence);
  if (own && own.length === 2) {
    const countries = codes(parties.filter((m) => m.kind === 'country'));
    if (countries.length === 1 && !own.includes(countries[0]!)) return [];
    return own;
  }
  if (fromSentence.length <= 1 && ctx.mainPair) return ctx.mainPair;
  return [];
}

export function anniversariesOf(ctx: RelationContext): Anniversary[] {
  const { doc } = ctx;
  const out: Anniversary[] = [];
  let previous: { end: number; year: number | null } | null = null;
  const push = (ordinal: number, subjectWord: string, start: number, end: number, rule: string, knownYear?: number) => {
    const s = sentenceAt(doc, start);
    if (s < 0) return;
    const parties = partiesNear(ctx, s, start);
    if (parties.length !== 2) return;
    const subject = /partnership/i.test(subjectWord)
      ? 'partnership'
      : /alliance|treaty|dialogue/i.test(subjectWord)
        ? 'other'
        : 'diplomatic_relations';
    // "in 2026 the 80th anniversary of relations and the 75th anniversary of the treaty"
    const prev = previous;
    const joined = prev !== null && /^,?\s*(and|as well as)\s+(the\s+)?$/.test(doc.text.slice(prev.end, start));
    const year = knownYear ?? (joined ? prev.year : anniversaryYear(doc, start, end, ordinal));
    previous = { end, year };
    const evidence: Evidence = { start, end, rule, provenance: 'stated' };
    if (out.some((a) => a.ordinal === ordinal && a.subject === subject && sameParties(a.parties, parties))) return;
    out.push({ parties: parties.sort(), ordinal, year, subject, evidence });
  };
  // each pattern needs its keyword: a plain search for it is far cheaper than the pattern's scan
  if (/anniversary/i.test(doc.text))
    for (const m of doc.text.matchAll(ANNIV)) {
      const ord = parseOrdinal(m[1]!) ?? (m[1]!.toLowerCase() === 'seventy-fifth' ? 75 : null);
      const between = m[2] ?? '';
      if (
        !ord ||
        !/diplomatic|bilateral|their|the two|relations|ties|partnership|friendship|-|\p{Lu}/u.test(between + m[3])
      )
        continue;
      if (
        /declaration|charter|convention|founding of (the )?(un|united|asean)|victory|liberation|independence|birth/i.test(
          between,
        )
      )
        continue;
      push(ord, m[3]!, m.index!, m.index! + m[0].length, 'anniversary-ordinal');
    }
  if (/years/i.test(doc.text)) {
    for (const m of doc.text.matchAll(YEARS_OF)) {
      const n = parseCardinal(m[1]!);
      if (n) push(n, m[2]!, m.index!, m.index! + m[0].length, 'anniversary-years-of');
    }
    for (const m of doc.text.matchAll(YEARS_SINCE)) {
      const n = Number(m[1]);
      // "30 years since the establishment of relations" with no founding year: the year it is said
      push(n, m[2]!, m.index!, m.index! + m[0].length, 'anniversary-years-since', m[3] ? Number(m[3]) + n : undefined);
    }
  }
  return out;
}

function sameParties(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function partnershipsOf(ctx: RelationContext): Partnership[] {
  const { doc } = ctx;
  const out: Partnership[] = [];
  for (const m of [...doc.text.matchAll(LEVEL), ...doc.text.matchAll(PARTNERS)]) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = doc.text.slice(end, end + 30);
    const before = doc.text.slice(Math.max(0, start - 40), start);
    if (
      /^\s*(agreement|framework agreement|program)/i.test(after) ||
      /agreement\s+(for|on)\s+(trans-pacific\s+)?$/i.test(before)
    )
      continue;
    if (/^\s*(economic )?partnership agreement/i.test(m[0] + after)) continue;
    // a level someone only hopes for is not one the parties have
    if (/\b(aspir\w*|hope\w*|could|would|towards?|explore\w*|possible|potential|future)\b[^.]{0,40}$/i.test(before))
      continue;
    const s = sentenceAt(doc, start);
    const kind = doc.sentences[s]?.kind;
    if (s < 0 || kind === 'teaser' || kind === 'furniture') continue;
    const parties = partiesNear(ctx, s, start);
    if (parties.length !== 2) continue;
    const words = m[1]!.toLowerCase();
    const level: Partnership['level'] =
      words.includes('comprehensive') && words.includes('strategic')
        ? 'comprehensive_strategic'
        : words.includes('strategic')
          ? 'strategic'
          : words === 'comprehensive'
            ? 'comprehensive'
            : 'other';
    if (out.some((p) => sameParties(p.parties, parties) && p.level === level)) continue;
    out.push({
      parties: parties.sort(),
      level,
      evidence: { start, end, rule: 'partnership-level', provenance: 'stated' },
    });
  }
  return out;
}
