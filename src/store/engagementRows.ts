// Reading and writing an engagement as EngagementFacts. A write rewrites each child table
// (parties, people, topics, requests) whose content changed, wholesale: an engagement has a
// handful of each, and a rewrite is simpler to get right than a row-level diff. Every write also
// moves the party counters (partyCounts.ts, buffered until the transaction's end) from the
// engagement's old state to its new one.
import type { Kysely } from 'kysely';
import {
  factsOfRows,
  type ChildRows,
  type ChildTable,
  type EngagementRepo,
  type EngagementRow,
  type StoredFacts,
} from './engagementRepo.ts';
import { occasionKey, partiesKey, typeGroup, type EngagementFacts } from './mergeEngagements.ts';
import type { CountBuffer } from './partyCounts.ts';
import type { Registry } from './registry.ts';
import type { Database } from './schema.ts';

export type { StoredFacts } from './engagementRepo.ts';

export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function loadFacts(db: Kysely<Database>, ids: readonly number[]): Promise<StoredFacts[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('engagements').selectAll().where('id', 'in', ids).orderBy('id').execute();
  const [parties, people, topics, requests] = await Promise.all([
    db.selectFrom('engagement_parties').selectAll().where('engagement_id', 'in', ids).orderBy('party').execute(),
    db
      .selectFrom('engagement_participants')
      .selectAll()
      .where('engagement_id', 'in', ids)
      .orderBy('person_id')
      .execute(),
    db.selectFrom('engagement_topics').selectAll().where('engagement_id', 'in', ids).orderBy('topic').execute(),
    db.selectFrom('engagement_requests').selectAll().where('engagement_id', 'in', ids).orderBy('id').execute(),
  ]);
  return rows.map((row) =>
    factsOfRows({
      row,
      parties: parties.filter((p) => p.engagement_id === row.id),
      participants: people.filter((p) => p.engagement_id === row.id),
      topics: topics.filter((t) => t.engagement_id === row.id),
      requests: requests.filter((q) => q.engagement_id === row.id),
    }),
  );
}

/** Deletes an engagement (children cascade) and takes it out of the party counts. */
export async function deleteEngagement(db: Kysely<Database>, counts: CountBuffer, id: number): Promise<void> {
  const [before] = await loadFacts(db, [id]);
  counts.add(before ?? null, null);
  await db.deleteFrom('engagements').where('id', '=', id).execute();
}

/** Inserts (id null) or rewrites an engagement whose stored state is `before`; returns its id and
 * the resolved participants. */
export async function writeEngagement(
  repo: EngagementRepo,
  registry: Registry,
  counts: CountBuffer,
  id: number | null,
  f: EngagementFacts,
  now: string,
  before: EngagementFacts | null,
): Promise<{ id: number; people: Map<number, EngagementFacts['participants'][number]> }> {
  counts.add(id === null ? null : before, f);
  const row: EngagementRow = {
    type: f.type,
    type_group: typeGroup(f.type),
    status: f.status,
    date: f.date,
    date_end: f.dateEnd,
    date_inferred: f.dateInferred ? 1 : 0,
    ref_date: f.refDate,
    city: f.city,
    country: f.country,
    occasion: f.occasion,
    occasion_key: occasionKey(f.occasion),
    parties_key: partiesKey(f.parties),
    updated_at: now,
  };
  // On a rewrite, only what changed is written: most merges add a source and change nothing or
  // one list, and ingest speed is dominated by writes.
  const changed = (pick: (x: EngagementFacts) => unknown[]) =>
    !before || id === null || canonical(pick(before)) !== canonical(pick(f));
  let engagementId: number;
  if (id === null) engagementId = await repo.insertEngagement(row, now);
  else {
    engagementId = id;
    if (changed(rowFields)) await repo.updateEngagement(id, row);
  }
  const write = async <T extends ChildTable>(
    table: T,
    pick: (x: EngagementFacts) => unknown[],
    rows: ChildRows[T][],
  ) => {
    if (changed(pick)) await repo.replaceChildren(table, engagementId, rows, id !== null);
  };
  // Two names can resolve to one person ("Sơn" and "Bùi Thanh Sơn"): one row per person.
  const people = new Map<number, EngagementFacts['participants'][number]>();
  for (const p of f.participants) {
    const personId = await registry.resolve(p.name, p.affiliation);
    if (personId !== null && !people.has(personId)) people.set(personId, p);
  }
  // The party rows carry the engagement's ref_date: rewritten when it moves too.
  await write(
    'engagement_parties',
    (x) => [...x.parties, `date:${x.refDate ?? ''}`],
    [...new Set(f.parties)].map((party) => ({ party, ref_date: f.refDate })),
  );
  await write(
    'engagement_participants',
    (x) => x.participants,
    [...people].map(([person_id, p]) => ({ person_id, name: p.name, title: p.title, affiliation: p.affiliation })),
  );
  await write(
    'engagement_topics',
    (x) => x.topics,
    [...new Set(f.topics)].map((topic) => ({ topic })),
  );
  await write(
    'engagement_requests',
    (x) => x.requests,
    f.requests.map((r) => ({ by_party: r.by, of_party: r.of, kind: r.kind, text: r.text, document_id: r.documentId })),
  );
  return { id: engagementId, people };
}

const rowFields = (x: EngagementFacts): unknown[] => [
  x.type,
  x.status,
  x.date,
  x.dateEnd,
  x.dateInferred,
  x.refDate,
  x.city,
  x.country,
  x.occasion,
  partiesKey(x.parties),
];

/** Order-insensitive comparison key of a list (stored lists come back in index order). */
function canonical(list: unknown[]): string {
  return JSON.stringify(list.map((v) => JSON.stringify(v)).sort());
}
