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

/** The counter changes that turn `before` into `after` (either may be null). */
export function countDelta(
  before: Counted | null,
  after: Counted | null,
): { party: string; year: string; topic: string; n: number }[] {
  const delta = new Map<string, number>();
  for (const k of before ? keys(before) : []) delta.set(k, (delta.get(k) ?? 0) - 1);
  for (const k of after ? keys(after) : []) delta.set(k, (delta.get(k) ?? 0) + 1);
  return [...delta]
    .filter(([, n]) => n !== 0)
    .map(([k, n]) => {
      const [party = '', year = '', topic = ''] = k.split(SEP);
      return { party, year, topic, n };
    });
}

export async function updatePartyCounts(
  db: Kysely<Database>,
  before: Counted | null,
  after: Counted | null,
): Promise<void> {
  const rows = countDelta(before, after);
  if (!rows.length) return;
  await db
    .insertInto('party_counts')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['party', 'year', 'topic'])
        .doUpdateSet((eb) => ({ n: eb('party_counts.n', '+', eb.ref('excluded.n')) })),
    )
    .execute();
}
