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

  function matchRange(keys: readonly { key: string }[], from: number, to: number): PhraseHit[] {
    const hits: PhraseHit[] = [];
    // longest end per label for the current start; labels per start are few, so an array
    const labels: string[] = [];
    const ends: number[] = [];
    for (let i = from; i < to; i++) {
      labels.length = 0;
      ends.length = 0;
      walk(root, i, i);
      for (let x = 0; x < labels.length; x++) hits.push({ label: labels[x]!, tokenStart: i, tokenEnd: ends[x]! });
    }
    return hits;

    function walk(n: Node, start: number, at: number): void {
      if (at > start)
        for (const label of n.labels) {
          const x = labels.indexOf(label);
          if (x < 0) {
            labels.push(label);
            ends.push(at);
          } else if (ends[x]! < at) ends[x] = at;
        }
      if (at >= to) return;
      const key = keys[at]!.key;
      const child = n.exact.get(key);
      if (child) walk(child, start, at + 1);
      if (n.prefixes.size) {
        const bucket = n.prefixes.get(key.slice(0, 2));
        if (bucket) for (const p of bucket) if (key.startsWith(p.prefix)) walk(p.node, start, at + 1);
      }
      if (n.any) walk(n.any, start, at + 1);
    }
  }
  return { matchRange };
}
