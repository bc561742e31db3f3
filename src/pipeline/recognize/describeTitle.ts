// Turns a title span into what the record shows: the title text without the affiliation prefix
// or "of <country>" suffix, acronyms spelled out ("FM" → "Foreign Minister"), the office kind, and
// the affiliation the title states or implies ("UNDP Administrator" → UNDP); and the side written
// before a title ("Belarusian FM", "Cameroon's Foreign Minister").
import type { Doc, Mention } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { TitleSpan, TokenIndex } from './titleChain.ts';
import { HONORIFICS, KEPT_HONORIFICS } from './wordClasses.ts';

const KIND_RANK = [
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'org_head',
  'deputy_head_of_government',
  'legislature_head',
  'party_leader',
  'royal',
  'minister',
  'deputy_foreign_minister',
  'ambassador',
  'envoy',
  'deputy_minister',
  'official',
];

export function describeTitle(
  doc: Doc,
  ix: TokenIndex,
  span: TitleSpan,
  k: Knowledge,
): { title: string; attrs: Record<string, string> } {
  const { tokens } = ix;
  let s = span.start;
  let e = span.end;
  // drop a leading affiliation ("Belarusian", "Cameroon's", "US") from the title text
  // a country before the title is the affiliation, not part of the office ("Belarusian FM");
  // an organisation stays ("UNDP Administrator", "EU High Representative")
  const lead = span.affiliations.find((a) => a.tokenStart === s && a.kind === 'country');
  if (lead && lead.tokenEnd < e) {
    s = lead.tokenEnd;
    if (tokens[s]?.key === "'" && tokens[s + 1]?.key === 's') s += 2;
  }
  if (tokens[s]?.key === 'the') s++;
  // drop a trailing ", Senator" and "of Pakistan", but not the end of an office ("Crown Prince")
  const officeEnds = new Set(span.offices.filter((m) => m.tokenEnd - m.tokenStart > 1).map((m) => m.tokenEnd));
  while (
    e > s &&
    (HONORIFICS.has(tokens[e - 1]!.key) ||
      (KEPT_HONORIFICS.has(tokens[e - 1]!.key) && !officeEnds.has(e)) ||
      tokens[e - 1]!.text === ',')
  )
    e--;
  const tail = span.affiliations.find((a) => a.tokenEnd === e && a.kind === 'country');
  if (tail) {
    let c = tail.tokenStart;
    if (tokens[c - 1]?.key === 'the') c--;
    if (tokens[c - 1]?.key === 'of' && c - 1 > s) e = c - 1;
  }
  let title = '';
  let prevEnd = -1;
  for (let j = s; j < e; j++) {
    const t = tokens[j]!;
    const off = ix.at.get(j)?.find((m) => m.kind === 'title' && m.attrs.form === 'acronym' && m.tokenEnd <= e);
    const text = off ? (k.offices.get(off.value)?.canonical ?? t.text) : t.text;
    title += (prevEnd >= 0 && prevEnd < t.start ? ' ' : '') + text;
    prevEnd = off ? tokens[off.tokenEnd - 1]!.end : t.end;
    if (off) j = off.tokenEnd - 1;
  }
  const offices = span.offices.map((m) => k.offices.get(m.value)).filter((o) => !!o);
  const ranked = [...offices].sort((a, b) => rank(a.kind) - rank(b.kind));
  let kind = ranked[0]?.kind ?? guessKind(title);
  // "Deputy FM", "Vice Foreign Minister": the modifier makes it a deputy's office
  if (/^(deputy|vice|assistant|under|acting deputy)\b/i.test(title) && !/\band\b/.test(title)) {
    if (kind === 'foreign_minister') kind = 'deputy_foreign_minister';
    else if (kind === 'head_of_government') kind = 'deputy_head_of_government';
    else if (kind === 'minister') kind = 'deputy_minister';
  }
  const attrs: Record<string, string> = { title, office: kind };
  const affiliation = pickAffiliation(span.affiliations, offices, k);
  if (affiliation) attrs.affiliation = affiliation.code;
  if (affiliation) attrs.affiliationRule = affiliation.rule;
  return { title, attrs };
}

function rank(kind: string): number {
  const r = KIND_RANK.indexOf(kind);
  return r < 0 ? KIND_RANK.length : r;
}

/** The office kind a title's words suggest, when no known office phrase is in it. */
export function guessKind(title: string): string {
  const t = title.toLowerCase();
  if (/foreign|external affairs|secretary of state/.test(t))
    return t.includes('deputy') || t.includes('vice') ? 'deputy_foreign_minister' : 'foreign_minister';
  if (/\bambassador\b/.test(t)) return 'ambassador';
  if (/\bprime minister\b|\bpremier\b|\bchancellor\b/.test(t))
    return t.includes('deputy') || t.includes('vice') ? 'deputy_head_of_government' : 'head_of_government';
  if (/\bpresident\b/.test(t) && !/vice|deputy/.test(t)) return 'head_of_state';
  if (/\bminister\b/.test(t)) return 'minister';
  return 'official';
}

function pickAffiliation(
  mentions: Mention[],
  offices: { org: string | null; country: string | null }[],
  k: Knowledge,
): { code: string; rule: string } | null {
  const country = mentions.find((m) => m.kind === 'country');
  const officeOrgs = offices.map((o) => o.org).filter((c): c is string => !!c);
  if (country && !officeOrgs.length) return { code: country.value, rule: 'title-country' };
  const orgs = [...officeOrgs, ...mentions.filter((m) => m.kind === 'org').map((m) => m.value)]
    .map((c) => k.orgs.get(c))
    .filter((o) => !!o);
  // the most specific organisation: "UN Under-Secretary-General and UNDP Administrator" → UNDP
  const specific = orgs.find((o) => o.parent && !orgs.some((p) => p.parent === o.code)) ?? orgs[0];
  if (specific) return { code: k.partyOf.get(specific.code) ?? specific.code, rule: 'title-org' };
  const countryFromOffice = offices.find((o) => o.country)?.country;
  if (countryFromOffice) return { code: countryFromOffice, rule: 'office-implies-country' };
  return null;
}

/** Extends a title span backwards over "Belarusian", "Cameroon's", "US", "UNDP". */
export function withPrefix(ix: TokenIndex, span: TitleSpan): TitleSpan {
  const { tokens } = ix;
  let j = span.start;
  // "Madagascar's former Foreign Minister": a lower-case time word between side and title
  if (/^(former|then|incoming|outgoing|acting|new|late)$/.test(tokens[j - 1]?.key ?? '') && !tokens[j - 1]!.cap) j--;
  if (tokens[j - 1]?.key === 's' && tokens[j - 2]?.key === "'") j -= 2;
  const p = ix.endsAt.get(j)?.find((m) => m.kind === 'country' || m.kind === 'org');
  if (p && p.sentence === tokens[span.start]?.sentence)
    return { ...span, start: p.tokenStart, affiliations: [p, ...span.affiliations] };
  return span;
}
