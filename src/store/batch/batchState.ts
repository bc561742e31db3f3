// A batch's working set: the snapshot of what was stored, and everything the batch's documents
// have added or changed on top of it, held in memory until the flush writes it. Reads through
// the batch (candidates, the registry) see the snapshot with these changes applied, as the
// statement-by-statement path sees its own earlier writes.
import type { Kysely } from 'kysely';
import type {
  AnniversaryRow,
  ChildRows,
  ChildTable,
  EngagementRows,
  PartnershipRow,
  SourceRow,
} from '../engagementRepo.ts';
import { createCountBuffer, type CountBuffer } from '../partyCounts.ts';
import type { AliasRow, NewOfficeRow } from '../registryRows.ts';
import type { Database } from '../schema.ts';
import type { IdAllocator } from './ids.ts';
import { groupKey, type Snapshot } from './snapshot.ts';

/** An engagement the batch created or changed: its current rows and what to write. */
export interface WorkingEngagement {
  row: EngagementRows['row'];
  parties: ChildRows['engagement_parties'][];
  participants: ChildRows['engagement_participants'][];
  topics: ChildRows['engagement_topics'][];
  requests: ChildRows['engagement_requests'][];
  isNew: boolean;
  rowChanged: boolean;
  /** Child tables whose rows the batch replaced. */
  replaced: Set<ChildTable>;
}

/** A person's office as the batch knows it: a stored row (id) or a new one (id null). */
export interface WorkingOffice extends NewOfficeRow {
  id: number | null;
  changed: boolean;
}

export interface NewDocument {
  id: number;
  input: import('../prepareSave.ts').PreparedSave;
  nearDuplicateOf: number | null;
  ingestedAt: string;
}

export interface BatchState {
  /** For lookups the snapshot did not cover; nothing is written through it before the flush. */
  db: Kysely<Database>;
  snap: Snapshot;
  ids: IdAllocator;
  counts: CountBuffer;
  documents: NewDocument[];
  documentsByHash: Map<string, NewDocument>;
  documentsById: Map<number, NewDocument>;
  /** The batch's documents by `${band index}:${band value}` of their simhash. */
  documentsByBand: Map<string, NewDocument[]>;
  engagements: Map<number, WorkingEngagement>;
  /** Engagement ids per groupKey (stored ones loaded, and the batch's). */
  byGroup: Map<string, Set<number>>;
  sources: SourceRow[];
  sourcedBy: Map<number, Set<number>>;
  anniversaries: { row: AnniversaryRow; parties: readonly string[] }[];
  partnerships: { row: PartnershipRow; parties: readonly string[] }[];
  newPeople: Map<number, { name: string; name_key: string; affiliation: string | null }>;
  /** Stored people of unknown side the batch gave a side. */
  sideChanges: Map<number, string>;
  aliases: AliasRow[];
  aliasDone: Set<string>;
  /** The batch's aliases by key, skeleton and typo block. */
  aliasIndex: Map<string, AliasRow[]>;
  offices: Map<number, WorkingOffice[]>;
}

export function createBatchState(db: Kysely<Database>, snap: Snapshot, ids: IdAllocator): BatchState {
  const state: BatchState = {
    db,
    snap,
    ids,
    counts: createCountBuffer(),
    documents: [],
    documentsByHash: new Map(),
    documentsById: new Map(),
    documentsByBand: new Map(),
    engagements: new Map(),
    byGroup: new Map(),
    sources: [],
    sourcedBy: new Map(),
    anniversaries: [],
    partnerships: [],
    newPeople: new Map(),
    sideChanges: new Map(),
    aliases: [],
    aliasDone: new Set(),
    aliasIndex: new Map(),
    offices: new Map(),
  };
  groupLoaded(state);
  return state;
}

/** Files the loaded stored engagements the batch has not changed under their group key. */
export function groupLoaded(state: BatchState): void {
  for (const [id, e] of state.snap.engagements)
    if (!state.engagements.has(id)) addToGroup(state, id, e.row.parties_key, e.row.type_group);
}

export function addToGroup(state: BatchState, id: number, partiesKey: string, typeGroup: string): void {
  const key = groupKey(partiesKey, typeGroup);
  const ids = state.byGroup.get(key);
  if (ids) ids.add(id);
  else state.byGroup.set(key, new Set([id]));
}

/** An engagement's current rows: the batch's version, else the stored one. */
export function currentEngagement(state: BatchState, id: number): EngagementRows | undefined {
  return state.engagements.get(id) ?? state.snap.engagements.get(id);
}

/** The batch's working copy of an engagement, made from the stored rows on first change. */
export function workingEngagement(state: BatchState, id: number): WorkingEngagement {
  let e = state.engagements.get(id);
  if (!e) {
    const stored = state.snap.engagements.get(id);
    if (!stored) throw new Error(`batch: expected engagement ${id} to be loaded, got none`);
    e = {
      row: stored.row,
      parties: stored.parties.map((p) => ({ party: p.party, ref_date: stored.row.ref_date })),
      participants: stored.participants.map((p) => ({ ...p })),
      topics: stored.topics.map((t) => ({ topic: t.topic })),
      requests: stored.requests.map((r) => ({ ...r })),
      isNew: false,
      rowChanged: false,
      replaced: new Set(),
    };
    state.engagements.set(id, e);
  }
  return e;
}

/** A person's side now: as created or changed by the batch, else as stored. */
export function currentSide(state: BatchState, personId: number): string | null {
  const created = state.newPeople.get(personId);
  if (created) return created.affiliation;
  return state.sideChanges.get(personId) ?? state.snap.sides.get(personId) ?? null;
}
