// Statements compiled once per shape (src/store/compiledOnce.ts) on every backend: each call
// binds its own values, constants of the builder stay, hostile text is stored as text, and a
// shape name or a row that does not fit its template is refused instead of binding wrong values.
import type { Kysely } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { insertReturningId, insertRows, runOnce } from '../../src/store/compiledOnce.ts';
import { connect } from '../../src/store/connect.ts';
import type { Database } from '../../src/store/schema.ts';
import { expect } from '../expect.ts';
import { backends } from './backends.ts';

const COLUMNS = ['name', 'name_key', 'affiliation'] as const;

for (const backend of backends) {
  describe(`compiled-once statements (${backend.name})`, { skip: backend.skip }, () => {
    let db: Kysely<Database>;
    let cleanup: () => Promise<void>;

    before(async () => {
      const opened = await backend.open();
      cleanup = opened.cleanup;
      db = connect(opened.url).db;
    });
    after(async () => {
      await db?.destroy();
      await cleanup?.();
    });

    const insertPeople = (rows: { name: string; name_key: string; affiliation: string | null }[]) =>
      insertRows(db, 'test-people', COLUMNS, rows, (r) => db.insertInto('people').values(r).returning('id'));
    const byKey = (key: string, limit: number) =>
      runOnce(
        db,
        `test-by-key-${limit}`,
        (v) =>
          db
            .selectFrom('people')
            .select(['name', 'affiliation'])
            .where('name_key', '=', v<string>(0))
            .orderBy('id')
            .limit(limit),
        [key],
      );

    it('binds each call its own values, rows in order, constants kept', async () => {
      const first = await insertPeople([
        { name: 'Ana One', name_key: 'ana one', affiliation: 'CHL' },
        { name: 'Ben Two', name_key: 'ben two', affiliation: null },
      ]);
      const second = await insertPeople([
        { name: 'Cai Three', name_key: 'cai three', affiliation: 'CHN' },
        { name: 'Ana Uno', name_key: 'ana one', affiliation: 'ARG' },
      ]);
      expect(first.length).toBe(2);
      expect(second.length).toBe(2);
      expect(await byKey('ana one', 10)).toEqual([
        { name: 'Ana One', affiliation: 'CHL' },
        { name: 'Ana Uno', affiliation: 'ARG' },
      ]);
      // The limit is part of the compiled SQL's constants, not a call's value.
      expect(await byKey('ana one', 1)).toEqual([{ name: 'Ana One', affiliation: 'CHL' }]);
      expect(await byKey('ben two', 10)).toEqual([{ name: 'Ben Two', affiliation: null }]);
    });

    it('returns the id of each row it inserts', async () => {
      const add = (name: string) =>
        insertReturningId(
          db,
          'test-person',
          COLUMNS,
          { name, name_key: name.toLowerCase(), affiliation: 'KEN' },
          (r) => {
            const q = db.insertInto('people').values(r);
            return { plain: q, returning: q.returning('id') };
          },
        );
      const a = await add('Eve Five');
      const b = await add('Fay Six');
      expect(b).not.toBe(a);
      const rows = await db
        .selectFrom('people')
        .select(['id', 'name'])
        .where('id', 'in', [a, b])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { id: a, name: 'Eve Five' },
        { id: b, name: 'Fay Six' },
      ]);
    });

    it('stores injection-shaped text as text', async () => {
      const evil = "x'); drop table people; --";
      await insertPeople([{ name: evil, name_key: evil, affiliation: null }]);
      expect(await byKey(evil, 10)).toEqual([{ name: evil, affiliation: null }]);
      expect((await byKey('cai three', 10)).length).toBe(1);
    });

    it('binds a value used at two places', async () => {
      const either = (key: string) =>
        runOnce(
          db,
          'test-either',
          (v) =>
            db
              .selectFrom('people')
              .select('name')
              .where((eb) => eb.or([eb('name_key', '=', v<string>(0)), eb('name', '=', v<string>(0))]))
              .orderBy('id'),
          [key],
        );
      expect(await either('Ben Two')).toEqual([{ name: 'Ben Two' }]);
      expect(await either('cai three')).toEqual([{ name: 'Cai Three' }]);
    });

    it('refuses a call whose values do not fit the shape it names', async () => {
      await expect(
        runOnce(
          db,
          'test-by-key-10',
          (v) => db.selectFrom('people').select('id').where('name_key', '=', v<string>(0)),
          ['a', 'b'],
        ),
      ).rejects.toThrow(/expected 1 values, got 2/);
    });

    it('refuses a row with a field its column list lacks', async () => {
      const row = { name: 'Dee Four', name_key: 'dee four', affiliation: null, extra: 1 };
      await expect(insertPeople([row])).rejects.toThrow(/expected the columns name, name_key, affiliation/);
      expect(await byKey('dee four', 10)).toEqual([]);
    });
  });
}
