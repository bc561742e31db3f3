// Inputs and results of the Store (see store.ts). Plain JSON-able objects: the CLI prints them,
// the HTTP API returns them as they are. Dates are ISO 'YYYY-MM-DD' strings.
import type { Doc } from '../pipeline/doc.ts';
import type { DocumentRecord } from '../pipeline/record.ts';
import type { SourceEvidence } from './eventFacts.ts';

export interface SaveInput {
  /** Path or URL as given by the user; shown back in results. */
  source: string;
  /** Canonical URL when fetched from the web: the same URL with new text is a new version. */
  url: string | null;
  /** Must be doc.text (the NFC text the evidence offsets refer to); it is hashed and stored. */
  text: string;
  title: string | null;
  /** ISO date; falls back to record.published. */
  published: string | null;
  /** 'text', 'html', 'feed-item'...: informational. */
  format: string | null;
  record: DocumentRecord;
  doc: Doc;
  pipelineVersion: string;
}

export interface SaveResult {
  documentId: number;
  /** 'unchanged': this exact text is already stored (documentId is the stored one; nothing was
   * written). 'new-version': replaces the current document with the same url. */
  status: 'new' | 'unchanged' | 'new-version';
  nearDuplicateOf: number | null;
  previousVersionId: number | null;
}

/** One document of a batch: its result, or why it was not stored (the rest of the batch was). */
export type BatchSaveResult = SaveResult | { error: string };

export interface StoredDocument {
  id: number;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  format: string | null;
  text: string;
  pipelineVersion: string;
  ingestedAt: string;
  nearDuplicateOf: number | null;
}

export interface Page {
  /** 1..200, default 50. */
  limit?: number;
  /** Default 0. */
  offset?: number;
}

/** Date order of a timeline: oldest first ('asc') or newest first ('desc'); undated last in both. */
export type TimelineOrder = 'asc' | 'desc';

export interface PairPage extends Page {
  /** Default 'asc' (a timeline reads oldest first). */
  order?: TimelineOrder;
}

export interface Paged<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A search page. Broad queries are bounded (SEARCH_CAPS): `total` counts matches up to a cap
 * (then `totalCapped` is true), and relevance ranks only the most recently stored matches. */
export interface SearchPage extends Paged<SearchHit> {
  totalCapped: boolean;
}

/** Every field optional; all given fields must hold (AND). Values are matched literally. */
export interface EngagementFilter {
  /** Party code (ISO3 or organisation), case-insensitive. */
  party?: string;
  /** Two party codes that both took part. */
  pair?: [string, string];
  /** Person id (number or digit string) or a name in any form the registry knows. */
  person?: string | number;
  type?: string;
  status?: string;
  topic?: string;
  /** Substring of the occasion, diacritics and case ignored. */
  occasion?: string;
  /** Bounds on the engagement's date (or, when undated, its source's publication date):
   * 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', inclusive. A malformed bound matches nothing. */
  from?: string;
  to?: string;
  /** Full-text query over the source articles: every word must occur. */
  q?: string;
}

export interface EngagementSource {
  documentId: number;
  title: string | null;
  url: string | null;
  source: string;
  published: string | null;
  /** True for a syndicated copy of another source. */
  syndicated: boolean;
  evidence: Pick<SourceEvidence, 'spans' | 'fields'>;
}

export interface EngagementItem {
  id: number;
  type: string;
  status: string;
  date: string | null;
  dateEnd: string | null;
  dateInferred: boolean;
  city: string | null;
  country: string | null;
  occasion: string | null;
  parties: string[];
  participants: { personId: number; name: string; title: string | null; affiliation: string | null }[];
  topics: string[];
  requests: { by: string; of: string; kind: string; text: string; documentId: number | null }[];
  sources: EngagementSource[];
}

export interface Dossier {
  party: string;
  engagements: number;
  /** Up to 200, by engagement count. */
  counterparts: { party: string; engagements: number }[];
  perYear: { year: string | null; engagements: number }[];
  topicsPerYear: { year: string | null; topic: string; engagements: number }[];
  requestsMade: { kind: string; of: string; count: number }[];
  requestsReceived: { kind: string; by: string; count: number }[];
  /** Upcoming (year ≥ today's year) first, soonest first; then past ones, latest first. */
  anniversaries: { parties: string[]; ordinal: number; year: number | null; subject: string; upcoming: boolean }[];
  /** Levels observed with each counterpart, by document date. */
  partnerships: { parties: string[]; level: string; date: string; documentId: number }[];
  /** Up to 100 people of the party, those seen in office most recently first. */
  officeholders: PersonSummary[];
}

export interface Office {
  title: string;
  kind: string | null;
  affiliation: string | null;
  from: string | null;
  to: string | null;
}

export interface PersonSummary {
  id: number;
  name: string;
  affiliation: string | null;
  offices: Office[];
}

export interface PersonProfile extends PersonSummary {
  aliases: string[];
  engagements: EngagementItem[];
  counterparts: { id: number; name: string; affiliation: string | null; engagements: number }[];
}

export interface SearchHit {
  documentId: number;
  title: string | null;
  url: string | null;
  source: string;
  published: string | null;
  snippet: string;
  /** Higher is more relevant; comparable within one result list only. */
  rank: number;
}

export interface Stats {
  documents: number;
  nearDuplicates: number;
  engagements: number;
  sources: number;
  people: number;
  lastIngestedAt: string | null;
  pipelineVersions: { version: string; documents: number }[];
}

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  skipped: { line: number; reason: string }[];
}
