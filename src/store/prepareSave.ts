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
import { ftsBody } from './fts.ts';
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
  const w = words(bodyText(input.doc));
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
    searchBody: ftsBody(title, input.text),
    contribution: prepareContribution(input.record, input.doc),
  };
}
