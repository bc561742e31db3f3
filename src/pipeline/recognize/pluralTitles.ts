// "Foreign Ministers Diana Mondino and Alberto van Klaveren", "Presidents Lula and Boric": a plural
// title before two or more coordinated names gives each of them the singular title. The title
// chain (titleChain.ts) knows singular heads only, so these names were found, if at all, by the
// weaker context rules, without a title.
import type { Token } from '../doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { isTitleWord, type TokenIndex } from './titleChain.ts';
import { parseName, type NameSpan } from './nameParser.ts';

export interface PluralTitled {
  names: NameSpan[];
  /** The singular title, e.g. "Foreign Minister". */
  title: string;
  titleStart: number;
  titleEnd: number;
}

/** The singular of a plural title head the knowledge has ("Ministers" → "Minister"), or null. */
function singularHead(tok: Token, k: Knowledge): string | null {
  if (!tok.cap || tok.text.length < 4) return null;
  const forms = tok.key.endsWith('ies')
    ? [`${tok.key.slice(0, -3)}y`]
    : tok.key.endsWith('s')
      ? [tok.key.slice(0, -1)]
      : [];
  const key = forms.find((f) => k.titleHeads.has(f));
  if (!key) return null;
  const text = tok.text.endsWith('ies') ? `${tok.text.slice(0, -3)}y` : tok.text.slice(0, -1);
  return text;
}

/** At token i: a plural title and the names it governs, or null. `used` marks tokens already in a
 * name. */
export function pluralTitleAt(ix: TokenIndex, i: number, k: Knowledge, used: Uint8Array): PluralTitled | null {
  const { tokens } = ix;
  const head = tokens[i];
  if (!head) return null;
  const singular = singularHead(head, k);
  if (!singular) return null;
  let s = i;
  while (s > 0 && tokens[s - 1]!.sentence === head.sentence && isTitleWord(tokens[s - 1]!, k)) s--;
  const names: NameSpan[] = [];
  let j = i + 1;
  for (;;) {
    const name = parseName(ix, j, k);
    if (!name || name.words < 2 || used.subarray(name.start, name.end).includes(1)) break;
    names.push(name);
    j = name.end;
    const sep = tokens[j];
    if (sep?.key === 'and') j++;
    else if (sep?.text === ',') j += tokens[j + 1]?.key === 'and' ? 2 : 1;
    else break;
  }
  if (names.length < 2) return null;
  const title = [...tokens.slice(s, i).map((t) => t.text), singular].join(' ');
  return { names, title, titleStart: s, titleEnd: i + 1 };
}
