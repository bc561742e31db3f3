// A text view for phrase regexes: token keys joined by one space, with a way back from a match
// offset to the token it starts in.
export interface KeyStream {
  text: string;
  /** Token index (into the slice given) of each key's first character, by key order. */
  offsets: number[];
  firstToken: number;
}

export function keyStream(tokens: readonly { key: string }[], from = 0, to = tokens.length): KeyStream {
  const offsets: number[] = [];
  let text = '';
  for (let i = from; i < to; i++) {
    if (i > from) text += ' ';
    offsets.push(text.length);
    text += tokens[i]!.key;
  }
  return { text, offsets, firstToken: from };
}

/** Token index where a match at `pos` begins. */
export function tokenAt(ks: KeyStream, pos: number): number {
  let lo = 0;
  let hi = ks.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ks.offsets[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return ks.firstToken + lo;
}

export interface PhraseHit {
  tokenStart: number;
  tokenEnd: number;
  text: string;
}

export function findAll(ks: KeyStream, re: RegExp): PhraseHit[] {
  const hits: PhraseHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ks.text); m; m = re.exec(ks.text)) {
    const start = tokenAt(ks, m.index);
    const end = tokenAt(ks, m.index + m[0].length - 1) + 1;
    hits.push({ tokenStart: start, tokenEnd: end, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}
