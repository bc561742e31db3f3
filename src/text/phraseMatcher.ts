// Matches many phrases over token keys in one pass, like the gazetteer trie, but phrases may end
// a word with "*" ("invest*" matches "investment") or use a lone "*" for any one word
// ("open* * market*"). Replaces regular expressions over joined keys, which were the pipeline's
// hottest code.
import { fold } from './fold.ts';

interface Node {
  exact: Map<string, Node>;
  /** "invest*" patterns, bucketed by their first two characters so a key checks only a few. */
  prefixes: Map<string, { prefix: string; node: Node }[]>;
  any: Node | null;
  /** Labels of the phrases that end here. */
  labels: string[];
}

export interface PhraseHit {
  label: string;
  tokenStart: number;
  tokenEnd: number;
}

export interface PhraseMatcher {
  /** Every (label, longest end) match starting at each token in [from, to). */
  matchRange(keys: readonly { key: string }[], from: number, to: number): PhraseHit[];
  /** The same matches, in the same order, handed to `visit` instead of collected. */
  forEachMatch(
    keys: readonly { key: string }[],
    from: number,
    to: number,
    visit: (label: string, tokenStart: number, tokenEnd: number) => void,
  ): void;
}

function node(): Node {
  return { exact: new Map(), prefixes: new Map(), any: null, labels: [] };
}

/** Split a phrase into token patterns the same way the tokenizer splits text. */
function patterns(phrase: string): string[] {
  const out: string[] = [];
  for (const word of phrase.trim().split(/\s+/)) {
    if (word === '*') {
      out.push('*');
      continue;
    }
    const star = word.endsWith('*');
    const parts = fold(star ? word.slice(0, -1) : word)
      .split(/([^\p{L}\p{M}\p{N}])/u)
      .filter(Boolean)
      .map((p) => (p === '’' ? "'" : p));
    if (star && parts.length) parts[parts.length - 1] += '*';
    out.push(...parts);
  }
  return out;
}

export function buildPhraseMatcher(lexicon: Record<string, readonly string[]>): PhraseMatcher {
  const root = node();
  for (const [label, phrases] of Object.entries(lexicon))
    for (const phrase of phrases) {
      let n = root;
      for (const p of patterns(phrase)) {
        if (p === '*') n = n.any ??= node();
        else if (p.endsWith('*') && p.length > 1) {
          const prefix = p.slice(0, -1);
          const bucketKey = prefix.slice(0, 2);
          const bucket = n.prefixes.get(bucketKey) ?? n.prefixes.set(bucketKey, []).get(bucketKey)!;
          let entry = bucket.find((x) => x.prefix === prefix);
          if (!entry) bucket.push((entry = { prefix, node: node() }));
          n = entry.node;
        } else {
          let child = n.exact.get(p);
          if (!child) n.exact.set(p, (child = node()));
          n = child;
        }
      }
      if (!n.labels.includes(label)) n.labels.push(label);
    }

  const frozen = freeze(root);

  function forEachMatch(
    keys: readonly { key: string }[],
    from: number,
    to: number,
    visit: (label: string, tokenStart: number, tokenEnd: number) => void,
  ): void {
    const w: WalkState = { keys, to, start: 0, labels: [], ends: [], count: 0 };
    for (let i = from; i < to; i++) {
      // the root's step is walk(root) without a call: most tokens start no phrase
      const key = keys[i]!.key;
      const child = frozen.exact?.get(key);
      const bucket = frozen.prefixes?.get(bucketOf(key));
      if (!child && !bucket && !frozen.any) continue;
      w.start = i;
      w.count = 0;
      if (child) walk(w, child, i + 1);
      if (bucket) for (const p of bucket) if (key.startsWith(p.prefix)) walk(w, p.node, i + 1);
      if (frozen.any) walk(w, frozen.any, i + 1);
      for (let x = 0; x < w.count; x++) visit(w.labels[x]!, i, w.ends[x]!);
    }
  }

  function matchRange(keys: readonly { key: string }[], from: number, to: number): PhraseHit[] {
    const hits: PhraseHit[] = [];
    forEachMatch(keys, from, to, (label, tokenStart, tokenEnd) => hits.push({ label, tokenStart, tokenEnd }));
    return hits;
  }
  return { matchRange, forEachMatch };
}

/** One start token's walk: the longest end per label (labels per start are few, so arrays). */
interface WalkState {
  keys: readonly { key: string }[];
  to: number;
  start: number;
  labels: string[];
  ends: number[];
  /** Entries of labels/ends in use (reset per start without reallocating). */
  count: number;
}

function walk(w: WalkState, n: Frozen, at: number): void {
  if (at > w.start && n.labels)
    for (const label of n.labels) {
      let x = 0;
      while (x < w.count && w.labels[x] !== label) x++;
      if (x === w.count) {
        w.labels[x] = label;
        w.ends[x] = at;
        w.count++;
      } else if (w.ends[x]! < at) w.ends[x] = at;
    }
  if (at >= w.to) return;
  const key = w.keys[at]!.key;
  const child = n.exact?.get(key);
  if (child) walk(w, child, at + 1);
  const bucket = n.prefixes?.get(bucketOf(key));
  if (bucket) for (const p of bucket) if (key.startsWith(p.prefix)) walk(w, p.node, at + 1);
  if (n.any) walk(w, n.any, at + 1);
}

/**
 * The bucket of a key or prefix: its first two characters as a number (a one-character string has
 * its own, so "x*" matches only the key "x", as it did when buckets were keyed by slice(0, 2)).
 */
function bucketOf(s: string): number {
  return s.charCodeAt(0) * 65537 + (s.length > 1 ? s.charCodeAt(1) : 65536);
}

/** The trie as it is walked: empty edge sets are null, prefix buckets keyed by bucketOf (no substring per key). */
interface Frozen {
  exact: Map<string, Frozen> | null;
  prefixes: Map<number, { prefix: string; node: Frozen }[]> | null;
  any: Frozen | null;
  labels: string[] | null;
}

function freeze(n: Node): Frozen {
  const exact = new Map([...n.exact].map(([k, child]) => [k, freeze(child)]));
  const prefixes = new Map<number, { prefix: string; node: Frozen }[]>();
  for (const bucket of n.prefixes.values())
    for (const { prefix, node: child } of bucket) {
      const code = bucketOf(prefix);
      const list = prefixes.get(code) ?? prefixes.set(code, []).get(code)!;
      list.push({ prefix, node: freeze(child) });
    }
  return {
    exact: exact.size ? exact : null,
    prefixes: prefixes.size ? prefixes : null,
    any: n.any ? freeze(n.any) : null,
    labels: n.labels.length ? n.labels : null,
  };
}
