// Countries, organisations, cities, recurring meetings and office titles, found by walking the
// token trie once over each sentence. Longest match wins; one span may carry several kinds
// ("UN Human Rights Council" is both an organisation and a recurring meeting).
import type { Doc, Mention } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';
import type { GazetteerMatch } from '../../knowledge/gazetteer.ts';
import type { EntityRef, Knowledge } from '../../knowledge/index.ts';
import { isTitleWord } from './titleChain.ts';
import { HONORIFICS, MONTH_WORDS, NOT_NAME } from './wordClasses.ts';

export const entitiesStage: Stage = {
  name: 'recognize-entities',
  run(doc: Doc, ctx: Context): Doc {
    const { tokens } = doc;
    const mentions: Mention[] = [];
    const gz = ctx.knowledge.gazetteer;
    // every match at every position, then the longest non-overlapping ones: "the United Nations"
    // must not hide "United Nations General Assembly" that starts one token later
    const candidates: GazetteerMatch<EntityRef>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (!tok.word) continue;
      const m = gz.match(tokens, i);
      if (m && tokens[m.tokenEnd - 1]!.sentence === tok.sentence && startsWell(tokens, i, m.tokenEnd))
        candidates.push(m);
    }
    yieldToCountries(tokens, gz, candidates);
    candidates.sort((a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart);
    const taken = new Uint8Array(tokens.length);
    // one-word matches that can only be a place (not also a country's name, as "Singapore" is)
    const placeOnly = new Set<number>();
    for (const m of candidates) {
      let free = true;
      for (let j = m.tokenStart; j < m.tokenEnd && free; j++) if (taken[j]) free = false;
      if (!free) continue;
      taken.fill(1, m.tokenStart, m.tokenEnd);
      if (
        m.tokenEnd - m.tokenStart === 1 &&
        m.entries.every((e) => e.value.kind === 'city' || e.value.form === 'capital')
      )
        placeOnly.add(m.tokenStart);
      const tok = tokens[m.tokenStart]!;
      const end = tokens[m.tokenEnd - 1]!.end;
      const seen: EntityRef[] = [];
      for (const e of m.entries) {
        const v = e.value;
        if (v.kind === 'blocker') continue;
        // one mention per kind and code (entries are few, so a scan rather than a set of ids)
        if (seenBefore(seen, v)) continue;
        seen.push(v);
        mentions.push({
          kind: v.kind === 'office' ? 'title' : v.kind === 'meeting' ? 'occasion' : v.kind,
          start: tok.start,
          end,
          tokenStart: m.tokenStart,
          tokenEnd: m.tokenEnd,
          sentence: tok.sentence,
          rule: ruleOf(v),
          provenance: 'stated',
          value: v.code,
          attrs: v.country ? { form: v.form, country: v.country } : { form: v.form },
        });
      }
    }
    mentions.sort((a, b) => a.tokenStart - b.tokenStart);
    const kept = placeOnly.size ? placesNotNames(tokens, mentions, placeOnly, ctx.knowledge) : mentions;
    return { ...doc, mentions: [...doc.mentions, ...kept] };
  },
};

const isCountry = (m: GazetteerMatch<EntityRef> | undefined): string | undefined =>
  m?.entries.find((e) => e.value.kind === 'country')?.value.code;

/**
 * "President of the Republic" + "of the Congo": the office phrase would take "Republic" from
 * "Republic of the Congo" (longest match, then leftmost), leaving "the Congo", another country.
 * When a country name starts inside an office phrase, runs past it, and names a different
 * country than what follows the phrase, the phrase gives way to its longest shorter match.
 * Candidates are one per start token, in token order.
 */
function yieldToCountries(
  tokens: Doc['tokens'],
  gz: Context['knowledge']['gazetteer'],
  candidates: GazetteerMatch<EntityRef>[],
): void {
  const byStart = new Map(candidates.map((c) => [c.tokenStart, c]));
  for (let n = 0; n < candidates.length; n++) {
    const t = candidates[n]!;
    if (t.tokenEnd - t.tokenStart < 2 || !t.entries.some((e) => e.value.kind === 'office')) continue;
    for (let k = t.tokenStart + 1; k < t.tokenEnd; k++) {
      const c = byStart.get(k);
      const code = isCountry(c);
      if (!c || !code || c.tokenEnd <= t.tokenEnd) continue;
      let after = t.tokenEnd;
      while (after < c.tokenEnd && (tokens[after]?.key === 'of' || tokens[after]?.key === 'the')) after++;
      if (isCountry(byStart.get(after)) === code) break;
      const shorter = gz.match(tokens, t.tokenStart, k);
      if (shorter) candidates[n] = shorter;
      else candidates.splice(n--, 1);
      break;
    }
  }
}

/** A one-word place that reads as part of a person's name: a place name before a capitalised word
 * no entity claims ("Santiago Peña", "Rosario Bautista"), or after a given name or an honorific
 * ("Danilo Medina", "Mr Santos"). Titles, months and function words around it do not count. */
function placesNotNames(
  tokens: Doc['tokens'],
  mentions: Mention[],
  placeOnly: ReadonlySet<number>,
  k: Knowledge,
): Mention[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  const namePart = (i: number, p: number): boolean => {
    const t = tokens[i];
    const place = tokens[p]!;
    if (!t || !t.cap || !t.word || covered[i] || t.sentence !== place.sentence) return false;
    if ((i < p ? place.start - t.end : t.start - place.end) !== 1) return false;
    if (HONORIFICS.has(t.key)) return i < p;
    return !NOT_NAME.has(t.key) && !MONTH_WORDS.has(t.key) && !isTitleWord(t, k);
  };
  const dropped = new Set<number>();
  for (const m of mentions)
    if (
      placeOnly.has(m.tokenStart) &&
      (namePart(m.tokenStart + 1, m.tokenStart) || namePart(m.tokenStart - 1, m.tokenStart))
    )
      dropped.add(m.tokenStart);
  return dropped.size ? mentions.filter((m) => !dropped.has(m.tokenStart)) : mentions;
}

function seenBefore(seen: readonly EntityRef[], v: EntityRef): boolean {
  for (const x of seen) if (x.kind === v.kind && x.code === v.code) return true;
  return false;
}

/** "gazetteer:country:demonym": the same few strings for every document, so built once per entry. */
const rules = new WeakMap<EntityRef, string>();
function ruleOf(v: EntityRef): string {
  let rule = rules.get(v);
  if (rule === undefined) rules.set(v, (rule = `gazetteer:${v.kind}:${v.form}`));
  return rule;
}

/** Proper names in the gazetteer must be capitalised in text ("china" in "fine china" is not China). */
function startsWell(tokens: Doc['tokens'], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (first.cap) return true;
  // lower-case office phrases ("foreign minister") are fine; lower-case country names are not
  for (let k = from; k < to; k++) if (tokens[k]!.cap) return true;
  return /^(minister|secretary|president|ambassador|foreign|deputy|prime|vice)/.test(first.key);
}
