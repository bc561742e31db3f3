// What the database held, as far as a batch needs it, read in bulk before the batch is applied.
// Nothing is written until the batch is flushed, so the database stays this snapshot throughout:
// a lookup the bulk reads did not cover is made then and there (the load* functions here and in
// snapshotEngagements.ts and snapshotPeople.ts) and its answer is just as valid.
import type { EngagementRows } from '../engagementRepo.ts';
import type { FuzzyRow } from '../fuzzyNames.ts';
import type { OfficeRow } from '../registryRows.ts';

import type { NearRow } from '../nearDuplicates.ts';

/** People with one alias key, as far as the batch asked: the lowest stored id on each side read
 * (null: nobody on it), the lowest on any known side (undefined until read), and every one of
 * unknown side. A common surname is on hundreds of sides; reading only the sides asked for
 * keeps the bulk read in proportion to the batch. */
export interface AliasGroup {
  bySide: Map<string, number | null>;
  anyKnown: number | null | undefined;
  /** Ascending. */
  unknownSide: number[];
}

export interface Snapshot {
  /** Content hash → id, for the batch's hashes that are stored. */
  storedHashes: Map<string, number>;
  /** The batch's URLs that have a current stored document. */
  storedUrls: Set<string>;
  /** Stored documents by `${band index}:${band value}`, for the bands of the batch's documents:
   * the newest NEAR_ROWS of each (../nearDuplicates.ts), newest first. */
  nearByBand: Map<string, NearRow[]>;
  engagements: Map<number, EngagementRows>;
  /** Date windows loaded per `${parties_key}\0${type_group}`: every stored engagement of the
   * key whose ref_date falls in one of them is in `engagements`. */
  windows: Map<string, { from: string; to: string }[]>;
  /** Engagements sourced by a stored document (loaded for originals of syndicated copies). */
  sourcesOf: Map<number, number[]>;
  aliasGroups: Map<string, AliasGroup>;
  /** Stored people's sides (people.affiliation), as far as lookups have shown them. */
  sides: Map<number, string | null>;
  /** Stored offices per person, in id order. */
  offices: Map<number, OfficeRow[]>;
  /** Fuzzy query rows per `${skeleton}\0${blocks}\0${side}`. */
  fuzzy: Map<string, FuzzyRow[]>;
  /** Aliases read in bulk by skeleton and typo block (snapshotPeople.ts loadFuzzyBulk). */
  fuzzyBulk: {
    /** `s:`/`b:` + a skeleton or block + the side it was read on ('*' for every side). */
    covered: Set<string>;
    /** By `s:${skeleton}`, `a:${typo_block_a}`, `b:${typo_block_b}`. */
    rows: Map<string, FuzzyRow[]>;
    seen: Set<string>;
  };
}

export function emptySnapshot(): Snapshot {
  return {
    storedHashes: new Map(),
    storedUrls: new Set(),
    nearByBand: new Map(),
    engagements: new Map(),
    windows: new Map(),
    sourcesOf: new Map(),
    aliasGroups: new Map(),
    sides: new Map(),
    offices: new Map(),
    fuzzy: new Map(),
    fuzzyBulk: { covered: new Set(), rows: new Map(), seen: new Set() },
  };
}

/** The key of the candidate index's first two columns. */
export const groupKey = (partiesKey: string, typeGroup: string): string => `${partiesKey}\u0000${typeGroup}`;
