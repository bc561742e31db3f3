// Where the write path reads and writes engagements. contributeDocument and writeEngagement
// decide what changes; an EngagementRepo carries it out: statement by statement against the
// database (sqlEngagementRepo.ts), or into a batch's working set that is written in bulk at the
// end (batch/). Rows here are the tables' rows without the engagement id, which the repo adds.
import type { Insertable, Selectable } from 'kysely';
import type { EngagementFacts } from './mergeEngagements.ts';
import type { Database } from './schema.ts';

export type StoredFacts = EngagementFacts & { id: number };

export interface DocumentInfo {
  id: number;
  published: string | null;
  /** The original this document is a syndicated copy of, if any. */
  nearDuplicateOf: number | null;
  /** The document's date for partnerships: published, else the ingest day. */
  date: string;
}

/** An engagement's own row, without id and created_at. */
export type EngagementRow = Omit<Required<Insertable<Database['engagements']>>, 'id' | 'created_at'>;

/** The child tables an engagement's lists live in, and a row of each without engagement_id. */
export interface ChildRows {
  engagement_parties: { party: string; ref_date: string | null };
  engagement_participants: { person_id: number; name: string; title: string | null; affiliation: string | null };
  engagement_topics: { topic: string };
  engagement_requests: { by_party: string; of_party: string; kind: string; text: string; document_id: number | null };
}
export type ChildTable = keyof ChildRows;
export const CHILD_TABLES: readonly ChildTable[] = [
  'engagement_parties',
  'engagement_participants',
  'engagement_topics',
  'engagement_requests',
];

export interface SourceRow {
  engagement_id: number;
  document_id: number;
  evidence: string;
  account: string;
}

export interface AnniversaryRow {
  document_id: number;
  parties_key: string;
  ordinal: number;
  year: number | null;
  subject: string;
}

export interface PartnershipRow {
  document_id: number;
  document_date: string;
  parties_key: string;
  level: string;
}

export interface EngagementRepo {
  /** Stored engagements the incoming facts may be (findMatch decides), not already sourced by
   * the document: the original's engagements for a syndicated copy when one of them matches,
   * else those with the same parties and type group in the date window. Ordered by id. */
  candidates(f: EngagementFacts, info: DocumentInfo): Promise<StoredFacts[]>;
  /** A new engagement; its id. */
  insertEngagement(row: EngagementRow, createdAt: string): Promise<number>;
  updateEngagement(id: number, row: EngagementRow): Promise<void>;
  /** Replaces an engagement's rows in one child table; `existing` says it may already have some. */
  replaceChildren<T extends ChildTable>(
    table: T,
    engagementId: number,
    rows: readonly ChildRows[T][],
    existing: boolean,
  ): Promise<void>;
  insertSource(row: SourceRow): Promise<void>;
  insertAnniversary(row: AnniversaryRow, parties: readonly string[]): Promise<void>;
  insertPartnership(row: PartnershipRow, parties: readonly string[]): Promise<void>;
}

/** An engagement's rows as read from the database (or held by a batch). */
export interface EngagementRows {
  row: Selectable<Database['engagements']>;
  parties: readonly { party: string }[];
  participants: readonly ChildRows['engagement_participants'][];
  topics: readonly { topic: string }[];
  requests: readonly ChildRows['engagement_requests'][];
}

/** The facts an engagement's rows hold; lists in the order loadFacts reads them (parties and
 * topics sorted, participants by person id, requests as inserted). */
export function factsOfRows(e: EngagementRows): StoredFacts {
  const r = e.row;
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    date: r.date,
    dateEnd: r.date_end,
    dateInferred: r.date_inferred === 1,
    refDate: r.ref_date,
    city: r.city,
    country: r.country,
    occasion: r.occasion,
    parties: e.parties.map((p) => p.party),
    participants: e.participants.map((p) => ({ name: p.name, title: p.title, affiliation: p.affiliation })),
    topics: e.topics.map((t) => t.topic),
    requests: e.requests.map((q) => ({
      by: q.by_party,
      of: q.of_party,
      kind: q.kind,
      text: q.text,
      documentId: q.document_id,
    })),
  };
}
