// The CPU half of saving a document, done before any transaction: hashes, the near-duplicate
// fingerprint, the search body, and per event the evidence and the name forms the document
// shows. What comes out is small (no token or span arrays), so a batch of prepared documents
// can wait for its transaction without holding whole Docs, and the write lock is held only for
// the database work.
import type { Doc } from '../pipeline/doc.ts';
import type { DocumentRecord, EventRecord } from '../pipeline/record.ts';
import { isoDay } from './dates.ts';
import { seenParticipants, sourceEvidence, type SeenParticipant, type SourceEvidence } from './eventFacts.ts';
import { contentHash, simhash, words } from './fingerprint.ts';
import { ftsBodyOfWords } from './fts.ts';
import type { SaveInput } from './types.ts';

export interface PreparedEvent {
  record: EventRecord;
  evidence: SourceEvidence;
  seen: SeenParticipant[];
}

/** What a document adds beyond its own row: engagements, anniversaries, partnerships. */
export interface PreparedContribution {
  events: PreparedEvent[];
  anniversaries: DocumentRecord['anniversaries'];
  partnerships: DocumentRecord['partnerships'];
}

export interface PreparedSave {
  source: string;
  url: string | null;
  title: string | null;
  /** ISO day: the given date, else the record's. */
  published: string | null;
  text: string;
  format: string | null;
  pipelineVersion: string;
  contentHash: string;
  simhash: string;
  /** Words in the body: too few and the simhash says nothing. */
  wordCount: number;
  searchBody: string;
  contribution: PreparedContribution;
}

/** The body without headline blocks: a syndicated copy usually changes the headline only. */
function bodyText(doc: Doc): string {
  const body = doc.blocks.filter((b) => b.kind === 'body').map((b) => doc.text.slice(b.start, b.end));
  return body.length ? body.join('\n') : doc.text;
}

const WORDISH = /[\p{L}\p{M}\p{N}]/u;

/** Whether splitting the blocks one by one yields the words of the whole text: only separators
 * between and around them, and no two blocks touching (a word could run across). */
function blocksHoldEveryWord(doc: Doc): boolean {
  let at = 0;
  for (const [i, b] of doc.blocks.entries()) {
    const gap = doc.text.slice(at, b.start);
    if (b.start < at || b.end < b.start || WORDISH.test(gap) || (i > 0 && !gap.length)) return false;
    at = b.end;
  }
  return !WORDISH.test(doc.text.slice(at));
}

/**
 * The words of the whole text (for the search body) and of its body (for the simhash), always
 * those of `words(text)` and `words(bodyText(doc))`. Folding and splitting a text costs about as
 * much as the simhash itself, so the text is split once, block by block, when that gives the same
 * words, and with no blocks the body is the text.
 */
function textAndBodyWords(doc: Doc): { text: string[]; body: string[] } {
  if (!doc.blocks.length) {
    const all = words(doc.text);
    return { text: all, body: all };
  }
  if (!blocksHoldEveryWord(doc)) return { text: words(doc.text), body: words(bodyText(doc)) };
  const all: string[] = [];
  const body: string[] = [];
  let hasBody = false;
  for (const b of doc.blocks) {
    const w = words(doc.text.slice(b.start, b.end));
    // A loop, not push(...w): a block of a big document can hold more words than a call takes
    // arguments.
    for (const x of w) all.push(x);
    if (b.kind === 'body') {
      hasBody = true;
      for (const x of w) body.push(x);
    }
  }
  return { text: all, body: hasBody ? body : all };
}

export function prepareContribution(record: DocumentRecord, doc: Doc): PreparedContribution {
  return {
    // record.events[i] is toRecord(doc.events[i]): paired by index.
    events: record.events.map((ev, i) => ({
      record: ev,
      evidence: sourceEvidence(ev, doc.events[i], doc),
      seen: seenParticipants(ev, doc.events[i], doc),
    })),
    anniversaries: record.anniversaries,
    partnerships: record.partnerships,
  };
}

export function prepareSave(input: SaveInput): PreparedSave {
  if (input.text !== input.doc.text)
    throw new Error('prepareSave: expected text to be doc.text, the text the evidence offsets refer to');
  const { text: textWords, body: w } = textAndBodyWords(input.doc);
  const title = input.title ?? input.record.title;
  return {
    source: input.source,
    url: input.url,
    title,
    published: isoDay(input.published) ?? isoDay(input.record.published),
    text: input.text,
    format: input.format,
    pipelineVersion: input.pipelineVersion,
    contentHash: contentHash(input.text),
    simhash: simhash(w),
    wordCount: w.length,
    searchBody: ftsBodyOfWords(words(title ?? ''), textWords),
    contribution: prepareContribution(input.record, input.doc),
  };
}
