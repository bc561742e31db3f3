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

/**
 * The words of the whole text (for the search body) and of its body (for the simhash). Folding
 * and splitting a text costs about as much as the simhash itself, so when the blocks hold every
 * word (only separators between them, none cut in two) the text is split once, block by block;
 * otherwise each is split on its own. Either way the words are those of `words(text)` and
 * `words(bodyText(doc))`.
 */
function textAndBodyWords(doc: Doc): { text: string[]; body: string[] } {
  const { text, blocks } = doc;
  let at = 0;
  for (const [i, b] of blocks.entries()) {
    const gap = text.slice(at, b.start);
    if (b.start < at || b.end < b.start || WORDISH.test(gap) || (i > 0 && !gap.length))
      return { text: words(text), body: words(bodyText(doc)) };
    at = b.end;
  }
  if (WORDISH.test(text.slice(at)) || !blocks.length) return { text: words(text), body: words(bodyText(doc)) };
  const all: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    const w = words(text.slice(b.start, b.end));
    for (const x of w) all.push(x);
    if (b.kind === 'body') for (const x of w) body.push(x);
  }
  return { text: all, body: body.length || blocks.some((b) => b.kind === 'body') ? body : all };
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
