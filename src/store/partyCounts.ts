// Engagement counts per (party, year) and (party, year, topic), maintained on every engagement
// write so that a dossier reads a few hundred counters instead of grouping a join over every
// engagement of its party. Each write applies the difference between the engagement before and
// after (both null-able: created, deleted), so merges, rebuilds and deletions keep the counters
// exact; a test compares them with counts computed from the engagements themselves.
import type { Kysely } from 'kysely';
import type { EngagementFacts } from './mergeEngagements.ts';
import type { Database } from './schema.ts';

export type Counted = Pick<EngagementFacts, 'parties' | 'topics' | 'refDate'>;

const SEP = '\u0001';

function keys(f: Counted): string[] {
  const year = f.refDate?.slice(0, 4) ?? '';
  const out: string[] = [];
  for (const party of new Set(f.parties)) {
    out.push([party, year, ''].join(SEP));
    for (const topic of new Set(f.topics)) out.push([party, year, topic].join(SEP));
  }
  return out;
}

/**
 * Counter changes gathered over a transaction and written once at its end: one upsert per
 * engagement write was a good share of ingest time, and the same counters (a party's year) move
 * again and again within a batch. Nothing reads the counters inside the write transaction.
 */
export interface CountBuffer {
  /** Records the change from `before` to `after` (either may be null). */
  add(before: Counted | null, after: Counted | null): void;
  /** Adds another buffer's changes (a document's, once its savepoint is released). */
  absorb(other: CountBuffer): void;
  /** The pending changes, non-zero only. */
  rows(): { party: string; year: string; topic: string; n: number }[];
  /** Writes the pending changes and empties the buffer. */
  flush(db: Kysely<Database>): Promise<void>;
}

export function createCountBuffer(): CountBuffer {
  let pending = new Map<string, number>();
  const bump = (k: string, n: number) => pending.set(k, (pending.get(k) ?? 0) + n);
  const buffer: CountBuffer = {
    add(before, after) {
      for (const k of before ? keys(before) : []) bump(k, -1);
      for (const k of after ? keys(after) : []) bump(k, 1);
    },
    absorb(other) {
      for (const r of other.rows()) bump([r.party, r.year, r.topic].join(SEP), r.n);
    },
    rows() {
      return [...pending]
        .filter(([, n]) => n !== 0)
        .map(([k, n]) => {
          const [party = '', year = '', topic = ''] = k.split(SEP);
          return { party, year, topic, n };
        });
    },
    async flush(db) {
      const rows = buffer.rows();
      pending = new Map();
      // 4 parameters a row: 250 rows stay far below either backend's parameter limit.
      for (let i = 0; i < rows.length; i += 250)
        await db
          .insertInto('party_counts')
          .values(rows.slice(i, i + 250))
          .onConflict((oc) =>
            oc
              .columns(['party', 'year', 'topic'])
              .doUpdateSet((eb) => ({ n: eb('party_counts.n', '+', eb.ref('excluded.n')) })),
          )
          .execute();
    },
  };
  return buffer;
}
