// Countries, organisations, cities, recurring meetings and office titles, found by walking the
// token trie once over each sentence. Longest match wins; one span may carry several kinds
// ("UN Human Rights Council" is both an organisation and a recurring meeting).
import type { Doc, Mention } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';
import type { GazetteerMatch } from '../../knowledge/gazetteer.ts';
import type { EntityRef } from '../../knowledge/index.ts';

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
    candidates.sort((a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart);
    const taken = new Uint8Array(tokens.length);
    for (const m of candidates) {
      let free = true;
      for (let j = m.tokenStart; j < m.tokenEnd && free; j++) if (taken[j]) free = false;
      if (!free) continue;
      taken.fill(1, m.tokenStart, m.tokenEnd);
      const tok = tokens[m.tokenStart]!;
      const end = tokens[m.tokenEnd - 1]!.end;
      const seen: EntityRef[] = [];
      for (const e of m.entries) {
        const v = e.value;
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
    return { ...doc, mentions: [...doc.mentions, ...mentions] };
  },
};

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
