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
      const seen = new Set<string>();
      for (const e of m.entries) {
        const id = `${e.value.kind}:${e.value.code}`;
        if (seen.has(id)) continue;
        seen.add(id);
        mentions.push({
          kind: e.value.kind === 'office' ? 'title' : e.value.kind === 'meeting' ? 'occasion' : e.value.kind,
          start: tok.start,
          end: tokens[m.tokenEnd - 1]!.end,
          tokenStart: m.tokenStart,
          tokenEnd: m.tokenEnd,
          sentence: tok.sentence,
          rule: `gazetteer:${e.value.kind}:${e.value.form}`,
          provenance: 'stated',
          value: e.value.code,
          attrs: { form: e.value.form, ...(e.value.country ? { country: e.value.country } : {}) },
        });
      }
    }
    mentions.sort((a, b) => a.tokenStart - b.tokenStart);
    return { ...doc, mentions: [...doc.mentions, ...mentions] };
  },
};

/** Proper names in the gazetteer must be capitalised in text ("china" in "fine china" is not China). */
function startsWell(tokens: Doc['tokens'], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (first.cap) return true;
  // lower-case office phrases ("foreign minister") are fine; lower-case country names are not
  for (let k = from; k < to; k++) if (tokens[k]!.cap) return true;
  return /^(minister|secretary|president|ambassador|foreign|deputy|prime|vice)/.test(first.key);
}
