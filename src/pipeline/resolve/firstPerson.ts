// A minister's own media release is written in the first person: a header line names the author
// ("Senator the Hon Penny Wong, Minister for Foreign Affairs"), and the body says "Today I met
// ...". Each "I" of the body outside quotation marks is then a mention of that author; in a
// quotation it is whoever is quoted, so it is left alone.
import type { Doc } from '../doc.ts';

interface MentionLike {
  start: number;
  end: number;
  sentence: number;
  rule: string;
}

interface Entity {
  titles: readonly unknown[];
  mentions: MentionLike[];
}

/** The one titled person named above the body, when the body speaks in the first person. */
function author<E extends Entity>(doc: Doc, people: readonly E[]): E | null {
  const firstBody = doc.sentences.find((s) => s.kind === 'body')?.index;
  if (firstBody === undefined) return null;
  const above = people.filter(
    (p) =>
      p.titles.length > 0 &&
      p.mentions.some((m) => m.sentence < firstBody && doc.sentences[m.sentence]?.kind !== 'body'),
  );
  return above.length === 1 ? above[0]! : null;
}

/** Whether the token at `start` is inside a quotation of its sentence (odd number of quote
 * marks before it). */
function quoted(doc: Doc, sentenceStart: number, start: number): boolean {
  let marks = 0;
  for (let i = sentenceStart; i < start; i++) {
    const c = doc.text[i];
    if (c === '"' || c === '\u201c' || c === '\u201d') marks++;
  }
  return marks % 2 === 1;
}

/** Adds the body's first-person "I" to the release's author; returns that author, or null. */
export function linkFirstPerson<E extends Entity>(doc: Doc, people: readonly E[]): E | null {
  const by = author(doc, people);
  if (!by) return null;
  let linked = false;
  for (const t of doc.tokens) {
    if (t.text !== 'I') continue;
    const s = doc.sentences[t.sentence];
    if (!s || s.kind !== 'body' || quoted(doc, s.start, t.start)) continue;
    by.mentions.push({ start: t.start, end: t.end, sentence: t.sentence, rule: 'first-person' });
    linked = true;
  }
  return linked ? by : null;
}
