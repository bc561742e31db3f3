// The people registry's fuzzy matching on every backend: articles that spell one person
// differently make one person with both spellings as aliases; different people stay apart; and
// migration 006 files the aliases of a database written before it.
import { Migrator, sql, type Kysely } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { connect } from '../../src/store/connect.ts';
import { migrationProvider } from '../../src/store/migrations/index.ts';
import { createRegistry, fuzzyCandidates } from '../../src/store/registry.ts';
import type { Backend, Database } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { AUS_QAT_CALL, QAT_AUS_MEETING, RUS_SGP_TALKS, SGP_RUS_CALL } from './articles.ts';
import { backends } from './backends.ts';
import { save } from './corpus.ts';

for (const backend of backends) {
  describe(`fuzzy people registry (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    let db: Kysely<Database>;
    let cleanup: () => Promise<void>;
    const id = async (name: string) => (await store.person(name))?.id;

    before(async () => {
      const opened = await backend.open();
      ({ store, cleanup } = opened);
      db = connect(opened.url).db;
    });
    after(async () => {
      await db?.destroy();
      await cleanup?.();
    });

    it('makes one person of a transliteration and of a name with a letter missing', async () => {
      await save(store, RUS_SGP_TALKS, 'mid.ru/talks.txt');
      await save(store, SGP_RUS_CALL, 'mfa.gov.sg/call.txt');
      expect((await store.stats()).people).toBe(2);
      const lavrov = await store.person('Sergey Lavrov');
      expect(lavrov).toMatchObject({ name: 'Sergey Lavrov', affiliation: 'RUS' });
      expect(lavrov!.aliases).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Sergei Lavrov']));
      expect(lavrov!.engagements.map((e) => e.type).sort()).toEqual(['call', 'talks']);
      const balakrishnan = await store.person('Vivian Balakrishnan');
      expect(balakrishnan!.aliases).toEqual(expect.arrayContaining(['Vivian Balakrishnan', 'Vivian Balakrishan']));
      expect(await id('Vivian Balakrishan')).toBe(balakrishnan!.id);
      expect(lavrov!.counterparts).toEqual([expect.objectContaining({ id: balakrishnan!.id, engagements: 2 })]);
    });

    it('makes one person of "Mohammed ... Al Thani" and "Mohammad ... Al-Thani", and of a doubled letter', async () => {
      await save(store, QAT_AUS_MEETING, 'mofa.gov.qa/meeting.txt');
      await save(store, AUS_QAT_CALL, 'dfat.gov.au/call.txt');
      expect((await store.stats()).people).toBe(4);
      const pm = await store.person('Sheikh Mohammed bin Abdulrahman Al Thani');
      expect(pm).toMatchObject({ affiliation: 'QAT' });
      expect(pm!.aliases).toEqual(expect.arrayContaining(['Mohammad bin Abdulrahman Al-Thani']));
      const wong = await store.person('Penny Wong');
      expect(wong).toMatchObject({ affiliation: 'AUS' });
      expect(wong!.aliases).toEqual(expect.arrayContaining(['Penny Wong', 'Peny Wong']));
      expect(wong!.engagements).toHaveLength(2);
    });

    it('finds a person by a spelling no article used', async () => {
      const lavrov = await id('Sergey Lavrov');
      expect(await id('Sergej Lavrov')).toBe(lavrov);
      expect(await id('Vivian Balakrishnen')).toBe(await id('Vivian Balakrishnan'));
      expect(await id('Muhammad bin Abdul Rahman Al Thani')).toBe(await id('Mohammed bin Abdulrahman Al Thani'));
      expect(await id('Sergei Lavrova')).toBeUndefined();
      expect(await id('Vivian Wong')).toBeUndefined();
    });

    it('keeps different people apart: one letter in a short token, other sides, ambiguous matches', async () => {
      const registry = createRegistry(db);
      const pairs = [
        ['Kim Jong Un', 'Kim Jong Il', 'PRK'],
        ['John Kerry', 'John Kelly', 'USA'],
        ['Lee Jae-myung', 'Lee Jae-yong', 'KOR'],
        ['Francesco Rossi', 'Francesca Rossi', 'ITA'],
        ['Zhang Wei', 'Zheng Wei', 'CHN'],
      ] as const;
      for (const [a, b, side] of pairs) {
        const [ia, ib] = [await registry.resolve(a, side), await registry.resolve(b, side)];
        expect(ia, `${a} / ${b}`).not.toBe(ib);
      }
      // Another side's Lavrov is another person; then a spelling of unknown side fits two.
      const rus = await id('Sergey Lavrov');
      const blr = await registry.resolve('Sergei Lavrov', 'BLR');
      expect(blr).not.toBe(rus);
      expect(await registry.lookup('Sergej Lavrov', 'RUS')).toBe(rus);
      expect(await registry.lookup('Sergej Lavrov', 'BLR')).toBe(blr);
      expect(await registry.lookup('Sergej Lavrov', null)).toBeNull();
      expect(await registry.lookup('Sergej Lavrov', 'UKR')).toBeNull();
      // The same for a typo: two people a slip away, one on each side.
      const sgp = await id('Vivian Balakrishnan');
      const mys = await registry.resolve('Vivian Balakrishnan', 'MYS');
      expect(mys).not.toBe(sgp);
      expect(await registry.lookup('Vivian Balakrishnen', 'SGP')).toBe(sgp);
      expect(await registry.lookup('Vivian Balakrishnen', null)).toBeNull();
    });

    it('takes a fuzzy match for a person of unknown side and records the new spelling', async () => {
      const registry = createRegistry(db);
      const unknown = await registry.resolve('Antony Blinken', null);
      expect(await registry.resolve('Anthony Blinken', 'USA')).toBe(unknown);
      const profile = await store.person(unknown!);
      expect(profile).toMatchObject({ name: 'Antony Blinken', affiliation: 'USA' });
      expect(profile!.aliases).toEqual(['Anthony Blinken', 'Antony Blinken']);
      expect(await createRegistry(db).lookup('Anthony Blinken', 'USA')).toBe(unknown);
      // Every alias moved to the side with the person (the exact lookup reads the aliases' side):
      // the first spelling is found on that side, and a namesake on another is someone else.
      const sides = await db.selectFrom('person_aliases').select('side').where('person_id', '=', unknown!).execute();
      expect(sides.map((r) => r.side)).toEqual(['USA', 'USA']);
      const fresh = createRegistry(db);
      expect(await fresh.lookup('Antony Blinken', 'USA')).toBe(unknown);
      expect(await fresh.lookup('Antony Blinken', null)).toBe(unknown);
      const namesake = await fresh.resolve('Antony Blinken', 'GBR');
      expect(namesake).not.toBe(unknown);
      expect(await createRegistry(db).lookup('Antony Blinken', 'GBR')).toBe(namesake);
    });
  });

  describe(`migration 006 on a database written before it (${backend.name})`, { skip: backend.skip }, () => {
    let db: Kysely<Database>;
    let kind: Backend;
    let cleanup: () => Promise<void>;
    let migrator: Migrator;

    before(async () => {
      const opened = await backend.open();
      cleanup = opened.cleanup;
      ({ db, backend: kind } = connect(opened.url));
      const schema =
        kind === 'postgres'
          ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
          : undefined;
      migrator = new Migrator({
        db,
        provider: migrationProvider(kind),
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
    });
    after(async () => {
      await db?.destroy();
      await cleanup?.();
    });

    it('goes down to 005 and back up, filing the aliases already there', async () => {
      const down = await migrator.migrateTo('005_party_counts');
      expect(down.error).toBeUndefined();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema as it was at 005
      const old = db as Kysely<any>;
      const people = [
        ['Sergey Lavrov', 'lavrov sergey', 'RUS', ['Sergey Lavrov', 'Lavrov']],
        ['Vivian Balakrishnan', 'balakrishnan vivian', 'SGP', ['Vivian Balakrishnan', 'Dr Vivian Balakrishnan']],
      ] as const;
      const ids: number[] = [];
      for (const [name, name_key, affiliation, aliases] of people) {
        const { id } = await old
          .insertInto('people')
          .values({ name, name_key, affiliation })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.push(id as number);
        for (const alias of aliases)
          await old.insertInto('person_aliases').values({ person_id: id, alias, alias_key: name_key }).execute();
      }
      const up = await migrator.migrateToLatest();
      expect(up.error).toBeUndefined();
      expect(up.results).toContainEqual(
        expect.objectContaining({ migrationName: '006_alias_skeleton', direction: 'Up', status: 'Success' }),
      );
      const rows = await db
        .selectFrom('person_aliases')
        .select(['alias', 'alias_skeleton'])
        .orderBy('alias_skeleton')
        .orderBy('alias')
        .execute();
      expect(rows.map((r) => [r.alias, r.alias_skeleton])).toEqual([
        ['Lavrov', ''],
        ['Dr Vivian Balakrishnan', 'balakrishnan vivian'],
        ['Vivian Balakrishnan', 'balakrishnan vivian'],
        ['Sergey Lavrov', 'lavrov sergei'],
      ]);
      const registry = createRegistry(db);
      expect(await registry.lookup('Sergei Lavrov', 'RUS')).toBe(ids[0]);
      expect(await registry.lookup('Vivian Balakrishan', 'SGP')).toBe(ids[1]);
      expect(await fuzzyCandidates(db, 'Vivian Balakrishan')).toEqual([
        { id: ids[1], affiliation: 'SGP', how: 'typo' },
      ]);
    });
  });
}
