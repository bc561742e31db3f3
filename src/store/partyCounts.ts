// Engagement counts per (party, year), (party, year, topic) and (party, counterpart), maintained on every engagement
// write so that a dossier reads a few hundred counters instead of grouping a join over every
// engagement of its party. Each write applies the difference between the engagement before and
// after (both null-able: created, deleted), so merges, rebuilds and deletions keep the counters
// exact; a test compares them with counts computed from the engagements themselves.
import type { Kysely } from 'kysely';
import { insertInChunks } from './batch/chunks.ts';
import type { EngagementFacts } from './mergeEngagements.ts';
import type { Database } from './schema.ts';

export type Counted = Pick<EngagementFacts, 'parties' | 'topics' | 'refDate'>;

const SEP = '\u0001';

function keys(f: Counted): string[] {
  const year = f.refDate?.slice(0, 4) ?? '';
  const out: string[] = [];
  for (const party of new Set(f.parties)) {
    const prefix = party + SEP + year + SEP;
    out.push(prefix);
    for (const topic of new Set(f.topics)) out.push(prefix + topic);
  }
  return out;
}

function pairKeys(f: Counted): string[] {
  const parties = [...new Set(f.parties)];
  const out: string[] = [];
  for (const p of parties) for (const q of parties) if (q !== p) out.push(p + SEP + q);
  return out;
}

type Row = { party: string; year: string; topic: string; n: number };
type PairRow = { party: string; other: string; n: number };
const COUNT_COLUMNS = ['party', 'year', 'topic', 'n'] as const;
const PAIR_COLUMNS = ['party', 'other', 'n'] as const;

/**
 * Counter changes gathered over a transaction and written once at its end: one upsert per
 * engagement write was a good share of ingest time, and the same counters (a party's year) move
 * again and again within a batch. Nothing reads the counters inside the write transaction.
 * Besides party_counts it keeps pair_counts: engagements per (party, counterpart).
 */
export interface CountBuffer {
  /** Records the change from `before` to `after` (either may be null). */
  add(before: Counted | null, after: Counted | null): void;
  /** Adds another buffer's changes (a document's, once its savepoint is released). */
  absorb(other: CountBuffer): void;
  /** The pending changes, non-zero only. */
  rows(): { counts: Row[]; pairs: PairRow[] };
  /** Writes the pending changes and empties the buffer. */
  flush(db: Kysely<Database>): Promise<void>;
}

const nonZero = (m: Map<string, number>) => [...m].filter(([, n]) => n !== 0);

export function createCountBuffer(): CountBuffer {
  let counts = new Map<string, number>();
  let pairs = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  const buffer: CountBuffer = {
    add(before, after) {
      for (const k of before ? keys(before) : []) bump(counts, k, -1);
      for (const k of after ? keys(after) : []) bump(counts, k, 1);
      for (const k of before ? pairKeys(before) : []) bump(pairs, k, -1);
      for (const k of after ? pairKeys(after) : []) bump(pairs, k, 1);
    },
    absorb(other) {
      const rows = other.rows();
      for (const r of rows.counts) bump(counts, [r.party, r.year, r.topic].join(SEP), r.n);
      for (const r of rows.pairs) bump(pairs, [r.party, r.other].join(SEP), r.n);
    },
    rows() {
      return {
        counts: nonZero(counts).map(([k, n]) => {
          const [party = '', year = '', topic = ''] = k.split(SEP);
          return { party, year, topic, n };
        }),
        pairs: nonZero(pairs).map(([k, n]) => {
          const [party = '', other = ''] = k.split(SEP);
          return { party, other, n };
        }),
      };
    },
    async flush(db) {
      const rows = buffer.rows();
      counts = new Map();
      pairs = new Map();
      // Compiled once per chunk size: building a 250-row upsert through the query builder on
      // every flush cost more than SQLite took to run it.
      await insertInChunks(db, 'party_counts:upsert', COUNT_COLUMNS, rows.counts, (r) =>
        db
          .insertInto('party_counts')
          .values(r)
          .onConflict((oc) =>
            oc
              .columns(['party', 'year', 'topic'])
              .doUpdateSet((eb) => ({ n: eb('party_counts.n', '+', eb.ref('excluded.n')) })),
          ),
      );
      await insertInChunks(db, 'pair_counts:upsert', PAIR_COLUMNS, rows.pairs, (r) =>
        db
          .insertInto('pair_counts')
          .values(r)
          .onConflict((oc) =>
            oc.columns(['party', 'other']).doUpdateSet((eb) => ({ n: eb('pair_counts.n', '+', eb.ref('excluded.n')) })),
          ),
      );
    },
  };
  return buffer;
}
