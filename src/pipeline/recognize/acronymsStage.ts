// Acronyms the article defines: "the Viet Nam Union of Friendship Organizations (VUFO)",
// "the European Commission (EC)". Later bare uses of the acronym become mentions of the same
// entity; an unknown long form whose initials spell the acronym becomes an organisation.
import type { Doc, Mention } from '../doc.ts';
import type { Stage } from '../stage.ts';
import { extend } from '../extend.ts';

const ORG_WORDS =
  /\b(organi[sz]ations?|union|association|council|commission|committee|agency|bank|fund|forum|institute|centre|center|office|ministry|authority|programme|program|alliance|federation|community|group|movement|secretariat|court|tribunal)\b/i;

export const acronymsStage: Stage = {
  name: 'recognize-acronyms',
  run(doc: Doc): Doc {
    const { tokens } = doc;
    const defined = new Map<string, { kind: Mention['kind']; value: string; attrs: Record<string, string> }>();
    const found: Mention[] = [];
    const covered = new Uint8Array(tokens.length);
    const endsAt = new Map<number, Mention>();
    for (const m of doc.mentions) {
      covered.fill(1, m.tokenStart, m.tokenEnd);
      if (m.kind === 'org' || m.kind === 'country' || m.kind === 'occasion') endsAt.set(m.tokenEnd, m);
    }
    for (let i = 1; i + 2 < tokens.length; i++) {
      const acr = tokens[i + 1]!;
      if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !/^[A-Z][A-Z0-9&-]{1,9}$/.test(acr.text)) continue;
      const known = endsAt.get(i);
      if (known) {
        if (known.value !== acr.text)
          defined.set(acr.text, { kind: known.kind, value: known.value, attrs: known.attrs });
        continue;
      }
      // an unknown long form: capitalised words whose initials spell the acronym
      let s = i;
      while (
        s > 0 &&
        (tokens[s - 1]!.cap || /^(of|for|the|and|on)$/.test(tokens[s - 1]!.key)) &&
        tokens[s - 1]!.sentence === acr.sentence &&
        i - s < 12
      )
        s--;
      while (s < i && !tokens[s]!.cap) s++;
      // the longest run of capitalised words whose initials appear, in order, in the acronym
      // ("Southeast Asian Fisheries Development Centre" → SEAFDEC)
      const letters = acr.text.replace(/[^A-Z]/g, '');
      let start = -1;
      for (let c = s; c < i; c++) {
        const words = tokens.slice(c, i).filter((t) => t.cap && t.word);
        if (
          words.length >= 2 &&
          tokens[c]!.cap &&
          tokens[c]!.text[0] === letters[0] &&
          isSubsequence(words.map((t) => t.text[0]).join(''), letters)
        ) {
          start = c;
          break;
        }
      }
      const long = start >= 0 ? doc.text.slice(tokens[start]!.start, tokens[i - 1]!.end) : '';
      if (start >= 0 && ORG_WORDS.test(long)) {
        s = start;
        defined.set(acr.text, { kind: 'org', value: acr.text, attrs: { form: 'defined-in-text', longForm: long } });
        found.push(mention(doc, s, i, 'org', acr.text, 'acronym-long-form', { form: 'defined-in-text' }));
      }
    }
    if (defined.size)
      tokens.forEach((t, i) => {
        const d = defined.get(t.text);
        if (
          !d ||
          covered[i] ||
          (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && found.some((f) => f.tokenEnd === i - 1))
        )
          return;
        found.push(
          mention(doc, i, i + 1, d.kind, d.value, 'acronym-defined-in-text', extend(d.attrs, { form: 'acronym' })),
        );
      });
    return found.length
      ? { ...doc, mentions: [...doc.mentions, ...found].sort((a, b) => a.tokenStart - b.tokenStart) }
      : doc;
  },
};

function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (const ch of big) if (ch === small[j]) j++;
  return j === small.length;
}

function mention(
  doc: Doc,
  s: number,
  e: number,
  kind: Mention['kind'],
  value: string,
  rule: string,
  attrs: Record<string, string>,
): Mention {
  const first = doc.tokens[s]!;
  return {
    kind,
    start: first.start,
    end: doc.tokens[e - 1]!.end,
    tokenStart: s,
    tokenEnd: e,
    sentence: first.sentence,
    rule,
    provenance: 'stated',
    value,
    attrs,
  };
}
