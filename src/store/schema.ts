// Table types for kysely. Both backends share one logical schema; the few physical differences
// (id columns, full-text machinery) live in the migrations. Dates are ISO 'YYYY-MM-DD' text on
// both backends so that comparisons and `substr(date, 1, 4)` behave identically; booleans are
// 0/1 integers because SQLite has no boolean type.
import type { ColumnType, Generated } from 'kysely';

export interface DocumentsTable {
  id: Generated<number>;
  /** sha256 of the whitespace-normalised NFC text: the identity of a document. */
  content_hash: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  /** The NFC text every evidence offset refers to. */
  text: string;
  format: string | null;
  ingested_at: string;
  pipeline_version: string;
  /** The original this syndicated copy repeats; its events were merged, not added again. */
  near_duplicate_of: number | null;
  /** The earlier document with the same URL that this one replaces. */
  previous_version_id: number | null;
  /** 1 for the current version of a URL, 0 once a newer version exists. */
  latest: number;
  /** 64-bit simhash as 16 hex digits, and its four 16-bit bands for indexed lookup. */
  simhash: string;
  sh_band0: number;
  sh_band1: number;
  sh_band2: number;
  sh_band3: number;
  /** PostgreSQL only: tsvector of the folded title and text. */
  search: ColumnType<unknown, unknown, unknown>;
}

/** SQLite only: contentless FTS5 index of the folded title and text, rowid = documents.id. */
export interface DocumentsFtsTable {
  rowid: number;
  body: string;
}

export interface EngagementsTable {
  id: Generated<number>;
  type: string;
  /** 'bilateral' (meeting, call, talks, visit), 'address' (conference, speech) or 'interview'. */
  type_group: string;
  status: string;
  date: string | null;
  date_end: string | null;
  date_inferred: number;
  /** date, or the earliest source's publication date: what candidate lookup and sorting use. */
  ref_date: string | null;
  city: string | null;
  country: string | null;
  occasion: string | null;
  occasion_key: string | null;
  /** Sorted parties joined by ',': the first column of the candidate index. */
  parties_key: string;
  created_at: string;
  updated_at: string;
}

export interface EngagementPartiesTable {
  engagement_id: number;
  party: string;
  /** The engagement's ref_date, copied so that a party's newest engagements are one index range. */
  ref_date: string | null;
}

export interface EngagementParticipantsTable {
  engagement_id: number;
  person_id: number;
  name: string;
  title: string | null;
  affiliation: string | null;
}

export interface EngagementTopicsTable {
  engagement_id: number;
  topic: string;
}

export interface EngagementRequestsTable {
  id: Generated<number>;
  engagement_id: number;
  by_party: string;
  of_party: string;
  kind: string;
  text: string;
  document_id: number | null;
}

export interface EngagementSourcesTable {
  id: Generated<number>;
  engagement_id: number;
  document_id: number;
  /** JSON SourceEvidence: the event's spans and which field came from which span. */
  evidence: string;
  /** JSON EngagementFacts: this document's own account, to rebuild a merged engagement from
   * (null on rows from before migration 005, whose account sits in evidence.facts). */
  account: string | null;
}

/** Engagements per (party, counterpart), both directions. */
export interface PairCountsTable {
  party: string;
  other: string;
  n: number;
}

export interface PartyCountsTable {
  party: string;
  /** 'YYYY', or '' when undated. */
  year: string;
  /** '' for the engagements themselves, else a topic. */
  topic: string;
  n: number;
}

export interface AnniversariesTable {
  id: Generated<number>;
  document_id: number;
  parties_key: string;
  ordinal: number;
  year: number | null;
  subject: string;
}

export interface AnniversaryPartiesTable {
  anniversary_id: number;
  party: string;
}

export interface PartnershipsTable {
  id: Generated<number>;
  document_id: number;
  /** Publication date of the document (or its ingest date): when the level was observed. */
  document_date: string;
  parties_key: string;
  level: string;
}

export interface PartnershipPartiesTable {
  partnership_id: number;
  party: string;
}

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  name_key: string;
  affiliation: string | null;
}

export interface PersonAliasesTable {
  person_id: number;
  alias: string;
  alias_key: string;
  /** The alias's spelling skeleton (see ../nameSkeleton.ts), '' for a one-word alias. */
  alias_skeleton: string;
  /** The blocks the alias is filed under for typo matching (../nameSkeleton.ts filedBlocks), ''
   * for none. */
  typo_block_a: string;
  typo_block_b: string;
  /** The person's side (people.affiliation), copied so that a name is looked up on one side by
   * index; the registry writes both. */
  side: string | null;
}

export interface PersonOfficesTable {
  id: Generated<number>;
  person_id: number;
  title: string;
  title_key: string;
  kind: string | null;
  affiliation: string | null;
  first_seen: string | null;
  last_seen: string | null;
}

export interface Database {
  documents: DocumentsTable;
  documents_fts: DocumentsFtsTable;
  engagements: EngagementsTable;
  engagement_parties: EngagementPartiesTable;
  engagement_participants: EngagementParticipantsTable;
  engagement_topics: EngagementTopicsTable;
  engagement_requests: EngagementRequestsTable;
  engagement_sources: EngagementSourcesTable;
  party_counts: PartyCountsTable;
  pair_counts: PairCountsTable;
  anniversaries: AnniversariesTable;
  anniversary_parties: AnniversaryPartiesTable;
  partnerships: PartnershipsTable;
  partnership_parties: PartnershipPartiesTable;
  people: PeopleTable;
  person_aliases: PersonAliasesTable;
  person_offices: PersonOfficesTable;
}

export type Backend = 'sqlite' | 'postgres';
