// People in queries: a person named by id or by any name form the registry has seen, and the
// summaries (people with their offices) that dossiers and profiles show.
//
// A person named in a query, by id or by any name form the registry has seen: the folded key
// finds "Bùi Thanh Sơn" from "bui thanh son" or "Son Bui Thanh". Several people can share a
// key (a common surname across countries); all of them are returned.
import type { Kysely } from 'kysely';
import { chunks } from '../engagementRows.ts';
import { nameKey } from '../nameKey.ts';
import type { Database } from '../schema.ts';
import type { PersonSummary } from '../types.ts';

export async function personIds(db: Kysely<Database>, person: string | number): Promise<number[]> {
  if (typeof person === 'number' || /^\s*\d{1,9}\s*$/.test(person)) {
    const id = Number(person);
    if (!Number.isSafeInteger(id)) return [];
    const row = await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst();
    return row ? [row.id] : [];
  }
  const key = nameKey(person);
  if (!key) return [];
  const rows = await db
    .selectFrom('person_aliases')
    .select('person_id')
    .distinct()
    .where('alias_key', '=', key)
    .orderBy('person_id')
    .execute();
  return rows.map((r) => r.person_id);
}

/** Summaries for the ids, in the order given; offices by first sighting. */
export async function personSummaries(db: Kysely<Database>, ids: readonly number[]): Promise<PersonSummary[]> {
  const byId = new Map<number, PersonSummary>();
  for (const chunk of chunks(ids)) {
    const [people, offices] = await Promise.all([
      db.selectFrom('people').select(['id', 'name', 'affiliation']).where('id', 'in', chunk).execute(),
      db
        .selectFrom('person_offices')
        .selectAll()
        .where('person_id', 'in', chunk)
        .orderBy('first_seen', (ob) => ob.asc().nullsLast())
        .orderBy('id')
        .execute(),
    ]);
    for (const p of people) byId.set(p.id, { ...p, offices: [] });
    for (const o of offices)
      byId.get(o.person_id)?.offices.push({
        title: o.title,
        kind: o.kind,
        affiliation: o.affiliation,
        from: o.first_seen,
        to: o.last_seen,
      });
  }
  return ids.map((id) => byId.get(id)).filter((p): p is PersonSummary => p !== undefined);
}
