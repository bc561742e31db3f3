// person(idOrName): a profile — the offices the corpus shows them in over time, their
// engagements (newest first, the first 200) and the people they met most. A name no alias has
// exactly finds a person by a variant spelling ("Sergey Lavrov" for "Sergei Lavrov"), if any.
import type { Kysely } from 'kysely';
import type { Backend, Database } from '../schema.ts';
import type { PersonProfile } from '../types.ts';
import { engagements } from './engagements.ts';
import { num } from './page.ts';
import { personIds, personSummaries } from './people.ts';
import { fuzzyCandidates } from '../registry.ts';

export async function person(
  db: Kysely<Database>,
  backend: Backend,
  idOrName: string | number,
): Promise<PersonProfile | null> {
  const id = (await personIds(db, idOrName))[0] ?? (await fuzzyPerson(db, idOrName));
  if (id === undefined) return null;
  const [summary] = await personSummaries(db, [id]);
  if (!summary) return null;
  const [aliases, list, counterparts] = await Promise.all([
    db.selectFrom('person_aliases').select('alias').where('person_id', '=', id).orderBy('alias').execute(),
    engagements(db, backend, { person: id }, { limit: 200 }),
    db
      .selectFrom('engagement_participants as me')
      .innerJoin('engagement_participants as them', 'them.engagement_id', 'me.engagement_id')
      .innerJoin('people', 'people.id', 'them.person_id')
      .where('me.person_id', '=', id)
      .where('them.person_id', '<>', id)
      .select((eb) => [
        'people.id',
        'people.name',
        'people.affiliation',
        eb.fn.count<number>('them.engagement_id').distinct().as('n'),
      ])
      .groupBy(['people.id', 'people.name', 'people.affiliation'])
      .orderBy('n', 'desc')
      .orderBy('people.id')
      .limit(100)
      .execute(),
  ]);
  return {
    ...summary,
    // Sorted here: PostgreSQL's collation may order text differently from SQLite's.
    aliases: aliases.map((a) => a.alias).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    engagements: list.items,
    counterparts: counterparts.map((c) => ({
      id: c.id,
      name: c.name,
      affiliation: c.affiliation,
      engagements: num(c.n),
    })),
  };
}

/** The person a name not known exactly is a variant spelling of: a spelling variant before a
 * typo, then the lowest id. */
async function fuzzyPerson(db: Kysely<Database>, idOrName: string | number): Promise<number | undefined> {
  if (typeof idOrName === 'number') return undefined;
  const found = await fuzzyCandidates(db, idOrName);
  return (found.find((c) => c.how === 'skeleton') ?? found[0])?.id;
}
