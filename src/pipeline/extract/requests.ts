// Requests: in a sentence with a request cue ("asked", "proposed that", "hoped that ... would"),
// each clause after the cue is classified by the first request kind whose phrases it contains.
// Who asks is the speaker's side, unless the clause names the beneficiary of a candidacy or
// partnership ("support Vietnam's candidate", "support Pakistan to become a Dialogue Partner").
import type { Doc, Evidence, Person, Request } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { REQUEST_KIND_ORDER } from '../../knowledge/lexicons.ts';
import type { SentenceView } from './sentenceView.ts';
import { clauseStart } from '../resolve/clauseStart.ts';

const SUPPORT_VERBS = /^(support|supporting|supports|back|backing|endorse|help|assist|vote)$/;
/** After "and", a verb that starts a new request clause: "... and remove the yellow card". */
const NEW_CLAUSE_VERB =
  /^(increase|remove|create|expand|provide|support|discuss|ask|asked|encourage|continue|promote|facilitate|open|sign|ratify|help|receive|share|consider|grant|allow|soon|also|to|hoped|proposed|suggested|urged|called|requested|expressed)$/;
const CLAUSE_BREAK = /^(,|;|while|whereas|as|by|and)$/;
const OTHER_BENEFICIARY = /^(other|third|developing|all|many|regional) countries$/;

export interface RequestInput {
  doc: Doc;
  views: SentenceView[];
  sentences: number[];
  parties: string[];
  people: Map<number, Person>;
  k: Knowledge;
  span: (a: number, b: number) => Evidence;
}

export function requestsOf({ doc, views, sentences, parties, people, k, span }: RequestInput): Request[] {
  const out: Request[] = [];
  if (parties.length < 2) return out;
  for (const s of sentences) {
    const v = views[s];
    if (!v || v.first < 0) continue;
    const cue = v.cues.find((c) => c.label === 'request');
    if (!cue) continue;
    // "Berlin has sought to diversify its ties": tried to, asked nobody
    if (/^(sought|seek|seeks|seeking)$/.test(doc.tokens[cue.tokenStart]!.key) && doc.tokens[cue.tokenEnd]?.key === 'to')
      continue;
    const speaker = speakerParty(doc, v, cue.tokenStart, people, parties);
    if (!speaker) continue;
    let mutual = false;
    // "..., and sought the Secretary-General's support": the kind was stated before the cue
    const supportAfter = doc.tokens.slice(cue.tokenEnd, cue.tokenEnd + 9).some((t) => t.key === 'support');
    const clauseFrom =
      supportAfter && !v.cues.some((c) => c.label.startsWith('kind:') && c.tokenStart >= cue.tokenEnd)
        ? v.first
        : cue.tokenEnd;
    for (const clause of clauses(doc, clauseFrom, v.end)) {
      const text = doc.tokens
        .slice(clause.start, Math.min(clause.end, clause.start + 40))
        .map((t) => t.key)
        .join(' ');
      const inClause = v.cues.filter(
        (c) =>
          c.tokenStart >= clause.start &&
          c.tokenEnd <= clause.end &&
          // "use its chairmanship of the committee to ...": the addressee's own office, no bid
          !(c.label === 'kind:candidacy_support' && /^(its|their)$/.test(doc.tokens[c.tokenStart - 1]?.key ?? '')),
      );
      // "proposed that the two sides ..." asks both, i.e. nobody, until another side is named
      if (/^(that )?(the two|both) (sides|countries|nations|parties|ministries)/.test(text)) mutual = true;
      else if (partiesIn(v, clause.start, Math.min(clause.end, clause.start + 3), k).length) mutual = false;
      // the agreement may be named in an earlier clause of the request ("to bring the CEPA,
      // signed in January, into force")
      const namedAgreement = v.cues.some(
        (c) => c.label === 'agreement-noun' && c.tokenStart >= clauseFrom && c.tokenEnd <= clause.end,
      );
      const kind = REQUEST_KIND_ORDER.find(
        (kind) => inClause.some((c) => c.label === `kind:${kind}`) && (kind !== 'agreement' || namedAgreement),
      );
      if (!kind || (mutual && kind !== 'agreement')) continue;
      const named = partiesIn(v, clause.start, clause.end, k);
      // help for someone else ("called on Japan to help Ukraine"), not for the speaker; a body
      // named as a subject ("reforms related to EU integration") is no beneficiary
      const helped = kind === 'assistance' ? beneficiary(doc, v, clause.start, clause.end, k) : null;
      if (kind === 'assistance' && helped !== null && !parties.includes(helped) && !named.includes(speaker)) continue;
      if (
        kind === 'assistance' &&
        OTHER_BENEFICIARY.test(text.match(/(other|third|developing|all|many|regional) countries/)?.[0] ?? '')
      )
        continue;
      let by = speaker;
      if (kind === 'candidacy_support' || kind === 'partnership_support')
        by = beneficiary(doc, v, clause.start, clause.end, k) ?? speaker;
      if (!parties.includes(by)) by = speaker;
      const addressee = named.find((p) => p !== by && parties.includes(p));
      const of = by === speaker ? (addressee ?? parties.find((p) => p !== by)) : speaker;
      if (!of || of === by) continue;
      if (out.some((r) => r.by === by && r.of === of && r.kind === kind)) continue;
      const ev = span(clause.start, clause.end);
      out.push({ by, of, kind, text: doc.text.slice(ev.start, ev.end), evidence: ev });
    }
  }
  return out;
}

/** Side of the sentence's subject: a named person, "Vietnam proposed", or the first party. */
function speakerParty(
  doc: Doc,
  v: SentenceView,
  cueToken: number,
  people: Map<number, Person>,
  parties: string[],
): string | null {
  const from = clauseStart(doc.tokens, v.first);
  const ref = v.refs.find((r) => r.tokenStart >= from && r.tokenStart < cueToken);
  const party = ref ? people.get(ref.person)?.affiliation?.value : undefined;
  if (party && parties.includes(party)) return party;
  const named = v.mentions.find(
    (m) =>
      (m.kind === 'country' || m.kind === 'org') &&
      m.tokenStart >= from &&
      m.tokenStart < cueToken &&
      parties.includes(m.value),
  );
  if (named) return named.value;
  const anyRef = v.refs.find((r) => r.tokenStart < cueToken);
  const p2 = anyRef ? people.get(anyRef.person)?.affiliation?.value : undefined;
  if (p2 && parties.includes(p2)) return p2;
  // "The envoy also sought ...": the side of the engagement's one diplomat
  const before = doc.tokens
    .slice(from, cueToken)
    .map((t) => t.key)
    .join(' ');
  if (/\b(the|this) (envoy|ambassador|high commissioner|diplomat)\b/.test(before)) {
    const sides = new Set<string>();
    for (const p of people.values())
      if (p.titles.some((t) => t.kind === 'ambassador' || t.kind === 'envoy') && p.affiliation)
        if (parties.includes(p.affiliation.value)) sides.add(p.affiliation.value);
    if (sides.size === 1) return [...sides][0]!;
  }
  return null;
}

function clauses(doc: Doc, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    // "such as" lists the items of one clause
    const suchAs = t.key === 'as' && doc.tokens[i - 1]?.key === 'such';
    const brk =
      !suchAs &&
      (t.text === ',' ||
        t.text === ';' ||
        (CLAUSE_BREAK.test(t.key) && !t.cap && t.key !== 'and') ||
        (t.key === 'and' && NEW_CLAUSE_VERB.test(doc.tokens[i + 1]?.key ?? '')));
    if (brk) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

function partiesIn(v: SentenceView, a: number, b: number, k: Knowledge): string[] {
  return v.mentions
    .filter((m) => (m.kind === 'country' || m.kind === 'org') && m.tokenStart >= a && m.tokenEnd <= b)
    .map((m) => k.partyOf.get(m.value) ?? m.value);
}

function beneficiary(doc: Doc, v: SentenceView, a: number, b: number, k: Knowledge): string | null {
  for (let i = a; i < b; i++) {
    if (!SUPPORT_VERBS.test(doc.tokens[i]!.key)) continue;
    // "the support of Hungary for ...": Hungary gives the support, it does not receive it
    if (doc.tokens[i + 1]?.key === 'of') continue;
    const m = v.mentions.find(
      (x) => (x.kind === 'country' || x.kind === 'org') && x.tokenStart > i && x.tokenStart <= i + 3,
    );
    if (m) return k.partyOf.get(m.value) ?? m.value;
  }
  // "Vietnam's candidacy", "Pakistan's bid", "the candidacy of the Republic of Kazakhstan"
  for (const m of v.mentions) {
    if ((m.kind !== 'country' && m.kind !== 'org') || m.tokenStart < a || m.tokenEnd > b) continue;
    const before = doc.tokens
      .slice(Math.max(a, m.tokenStart - 4), m.tokenStart)
      .map((t) => t.key)
      .join(' ');
    if (/\b(candidacy|candidature|bid|nomination|application|accession) of( the)?( republic of)?$/.test(before))
      return m.value;
    if (
      doc.tokens[m.tokenEnd]?.key === "'" &&
      /^(candida|bid|nomination|membership|application|accession)/.test(doc.tokens[m.tokenEnd + 2]?.key ?? '')
    )
      return m.value;
  }
  return null;
}
