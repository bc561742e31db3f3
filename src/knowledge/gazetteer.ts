// A token trie: phrases are stored as sequences of token keys, and matching walks the document's
// tokens once. Linear in the number of tokens, independent of the number of phrases.
import { phraseKeys } from '../text/tokenize.ts';

export interface GazetteerEntry<T> {
  phrase: string;
  /** Require the surface text to equal the phrase exactly (acronyms, names that are also words). */
  exact: boolean;
  value: T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: (GazetteerEntry<T> & { exactForm: string })[];
  /** Some entry here needs the exact surface form (otherwise every entry is accepted as is). */
  someExact: boolean;
}

export interface GazetteerMatch<T> {
  tokenStart: number;
  tokenEnd: number;
  entries: readonly GazetteerEntry<T>[];
}

export interface Gazetteer<T> {
  /** Longest match starting at token `from` (and ending by `maxEnd`, when given). */
  match(tokens: readonly { key: string; text: string }[], from: number, maxEnd?: number): GazetteerMatch<T> | null;
  size: number;
}

export function buildGazetteer<T>(entries: Iterable<GazetteerEntry<T>>): Gazetteer<T> {
  const root: TrieNode<T> = { next: new Map(), entries: [], someExact: false };
  let size = 0;
  for (const entry of entries) {
    const keys = phraseKeys(entry.phrase);
    if (keys.length === 0) continue;
    let node = root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), entries: [], someExact: false };
        node.next.set(k, child);
      }
      node = child;
    }
    node.entries.push({
      ...entry,
      phrase: entry.phrase.normalize('NFC'),
      exactForm: exactKey(entry.phrase.normalize('NFC')),
    });
    node.someExact ||= entry.exact;
    size++;
  }

  /** Longest match starting at token `from` whose entries accept the surface text. */
  function match(
    tokens: readonly { key: string; text: string }[],
    from: number,
    maxEnd = tokens.length,
  ): GazetteerMatch<T> | null {
    let node: TrieNode<T> | undefined = root;
    let bestEnd = -1;
    let bestEntries: readonly GazetteerEntry<T>[] | null = null;
    const last = Math.min(tokens.length, maxEnd);
    for (let i = from; i < last && node; i++) {
      node = node.next.get(tokens[i]!.key);
      if (!node) break;
      if (node.entries.length) {
        const end = i + 1;
        // the node's own list when no entry asks for the exact form (read only by callers)
        const accepted = node.someExact ? acceptSurface(node.entries, tokens, from, end) : node.entries;
        if (accepted.length) {
          bestEnd = end;
          bestEntries = accepted;
        }
      }
    }
    return bestEntries ? { tokenStart: from, tokenEnd: bestEnd, entries: bestEntries } : null;
  }
  return { match, size };
}

/**
 * The entries that accept the text of tokens [from, to). Apart from match so that match captures
 * nothing in a closure: V8 would allocate a context for its variables on every call.
 */
function acceptSurface<E extends { exact: boolean; exactForm: string }>(
  entries: readonly E[],
  tokens: readonly { text: string }[],
  from: number,
  to: number,
): E[] {
  const form = surface(tokens, from, to);
  return entries.filter((e) => !e.exact || form === e.exactForm);
}

function surface(tokens: readonly { text: string }[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += tokens[i]!.text;
  return s;
}

/** Compare ignoring spaces, as `surface` joins tokens without them. */
export function exactKey(phrase: string): string {
  return phrase.replace(/\s+/g, '');
}
