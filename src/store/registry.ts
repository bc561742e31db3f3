// The people registry, learned from the corpus: every participant is resolved to a person by the
// folded name key of any alias seen before (so "Bui Thanh Son" finds "Bùi Thanh Sơn"), the forms
// a document uses for them are added as aliases, and each office they are shown in extends that
// office's first/last-seen range. One Registry per write transaction; it caches lookups.
import type { Kysely } from 'kysely';
import { fold } from '../text/fold.ts';
import { nameKey, withoutDiacritics } from './nameKey.ts';
import type { Database } from './schema.ts';

export interface Registry {
  /** The known person a name denotes on a side, or null; creates nothing. */
  lookup(name: string, affiliation: string | null): Promise<number | null>;
  /** The person a name denotes on a side (affiliation), created if unknown; null for no name. */
  resolve(name: string, affiliation: string | null): Promise<number | null>;
  /** Records name forms (and their diacritics-free twins) as aliases of a person. */
  addAliases(personId: number, forms: readonly string[]): Promise<void>;
  /** Extends (or starts) the range in which a person is seen holding an office. */
  recordOffice(personId: number, office: OfficeSighting): Promise<void>;
}

export interface OfficeSighting {
  title: string;
  kind: string | null;
  affiliation: string | null;
  from: string | null;
  to: string | null;
}

export function titleKey(title: string): string {
  return (fold(title).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

const min = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const max = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** A form as seen, without diacritics, and without initials ("Antony J. Blinken" → "Antony
 * Blinken"), so that the usual ways of writing a name all have an exact key. */
function variants(form: string): string[] {
  const seen = form.replace(/\s+/g, ' ').trim();
  const noInitials = seen
    .replace(/(^|\s)\p{L}\.(?=\s|$)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const out = [seen, withoutDiacritics(seen)];
  if (noInitials !== seen && noInitials.split(' ').length >= 2) out.push(noInitials, withoutDiacritics(noInitials));
  return out;
}

export function createRegistry(db: Kysely<Database>): Registry {
  const cache = new Map<string, number>();

  async function addAliases(personId: number, forms: readonly string[]): Promise<void> {
    const rows = new Map<string, { person_id: number; alias: string; alias_key: string }>();
    for (const form of forms)
      for (const alias of variants(form)) {
        const alias_key = nameKey(alias);
        if (alias_key && !rows.has(alias)) rows.set(alias, { person_id: personId, alias, alias_key });
      }
    if (!rows.size) return;
    await db
      .insertInto('person_aliases')
      .values([...rows.values()])
      .onConflict((oc) => oc.columns(['person_id', 'alias']).doNothing())
      .execute();
  }

  async function find(key: string, affiliation: string | null) {
    const found = await db
      .selectFrom('person_aliases')
      .innerJoin('people', 'people.id', 'person_aliases.person_id')
      .select(['people.id', 'people.affiliation'])
      .where('person_aliases.alias_key', '=', key)
      .orderBy('people.id')
      .execute();
    // Same side first; a person of unknown side is the same as one on a known side; two people
    // with one name on different sides (a common surname) stay two people.
    return found.find((p) => p.affiliation === affiliation) ?? found.find((p) => !p.affiliation || !affiliation);
  }

  async function lookup(name: string, affiliation: string | null): Promise<number | null> {
    const key = nameKey(name);
    return key ? ((await find(key, affiliation))?.id ?? null) : null;
  }

  async function resolve(name: string, affiliation: string | null): Promise<number | null> {
    const key = nameKey(name);
    if (!key) return null;
    const cacheKey = `${key}\u0000${affiliation ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const pick = await find(key, affiliation);
    let id: number;
    if (pick) {
      id = pick.id;
      if (!pick.affiliation && affiliation)
        await db.updateTable('people').set({ affiliation }).where('id', '=', id).execute();
    } else {
      const row = await db
        .insertInto('people')
        .values({ name, name_key: key, affiliation })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
      await addAliases(id, [name]);
    }
    cache.set(cacheKey, id);
    return id;
  }

  async function recordOffice(personId: number, o: OfficeSighting): Promise<void> {
    const key = titleKey(o.title);
    if (!key) return;
    const existing = await db
      .selectFrom('person_offices')
      .selectAll()
      .where('person_id', '=', personId)
      .where('title_key', '=', key)
      .execute();
    const same = existing.find((r) => r.affiliation === o.affiliation || !r.affiliation || !o.affiliation);
    if (!same) {
      await db
        .insertInto('person_offices')
        .values({
          person_id: personId,
          title: o.title,
          title_key: key,
          kind: o.kind,
          affiliation: o.affiliation,
          first_seen: o.from,
          last_seen: o.to,
        })
        .execute();
      return;
    }
    const first = min(same.first_seen, o.from);
    const last = max(same.last_seen, o.to);
    if (
      first === same.first_seen &&
      last === same.last_seen &&
      (same.kind || !o.kind) &&
      (same.affiliation || !o.affiliation)
    )
      return;
    await db
      .updateTable('person_offices')
      .set({
        first_seen: first,
        last_seen: last,
        kind: same.kind ?? o.kind,
        affiliation: same.affiliation ?? o.affiliation,
      })
      .where('id', '=', same.id)
      .execute();
  }

  return { lookup, resolve, addAliases, recordOffice };
}
