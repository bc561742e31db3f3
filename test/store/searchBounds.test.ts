// Broad full-text queries are bounded (src/store/queries/search.ts): matches are counted up to a
// cap, and only the most recently stored matches are ranked. Checked on every backend with small
// caps, against the real query.
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { connect } from '../../src/store/connect.ts';
import { search } from '../../src/store/queries/search.ts';
import type { Database } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { backends } from './backends.ts';
import { save } from './corpus.ts';

/** Six short articles that all mention "harbour"; the later ones mention it more often, so
 * unbounded ranking would put the newest first anyway: the first two say it most. */
function article(i: number): string {
  const harbour = i < 2 ? 'harbour harbour harbour harbour' : 'harbour';
  return `Ministers discuss port number ${i}\n\nThe ${harbour} project number ${i} was reviewed by officials on site ${i}.`;
}

/** The ids of a page's two best hits, sorted (their order between themselves is a tie). */
const topTwo = (page: { items: { documentId: number }[] }) =>
  page.items
    .slice(0, 2)
    .map((h) => h.documentId)
    .sort();

for (const backend of backends) {
  describe(`search bounds (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let db: Kysely<Database>;
    const ids: number[] = [];
    before(async () => {
      let url: string;
      ({ store, cleanup, url } = await backend.open());
      for (let i = 0; i < 6; i++) ids.push((await save(store, article(i), `port-${i}.txt`)).documentId);
      db = connect(url).db;
    });
    after(async () => {
      await db?.destroy();
      await cleanup?.();
    });

    it('counts every match below the cap', async () => {
      const page = await search(db, backend.name, 'harbour', {}, { count: 10, rank: 10, window: 100 });
      expect(page).toMatchObject({ total: 6, totalCapped: false });
      // Fully ranked: the two articles that say it four times come first.
      expect(topTwo(page)).toEqual(ids.slice(0, 2).sort());
    });

    it('stops counting at the cap and says so', async () => {
      const page = await search(db, backend.name, 'harbour', {}, { count: 4, rank: 10, window: 100 });
      expect(page).toMatchObject({ total: 4, totalCapped: true });
      expect(page.items).toHaveLength(6);
    });

    it('ranks only the most recently stored matches', async () => {
      const page = await search(db, backend.name, 'harbour', {}, { count: 10, rank: 3, window: 100 });
      expect(page.items.map((h) => h.documentId).sort()).toEqual(ids.slice(3).sort());
      expect(page.total).toBe(6);
      const second = await search(
        db,
        backend.name,
        'harbour',
        { limit: 2, offset: 2 },
        { count: 10, rank: 3, window: 100 },
      );
      expect(second.items).toHaveLength(1);
    });

    it('on PostgreSQL, looks at the newest documents first and says when it stopped early', async () => {
      // The first window holds the 4 newest documents (ids are dense), enough to rank one: it is
      // counted only that far, and the total says it is a lower bound. The statistics tell
      // PostgreSQL the word is in every document, so the window is tried at all.
      if (backend.name === 'postgres') await sql`analyze documents`.execute(db);
      const page = await search(db, backend.name, 'harbour', {}, { count: 10, rank: 1, window: 4 });
      expect(page.items.map((h) => h.documentId)).toEqual([ids[5]]);
      if (backend.name === 'postgres') expect(page).toMatchObject({ total: 1, totalCapped: true });
      else expect(page).toMatchObject({ total: 6, totalCapped: false });
      // A window too small to rank enough: the matches come from the whole index.
      const grown = await search(db, backend.name, 'harbour', {}, { count: 10, rank: 3, window: 2 });
      expect(grown).toMatchObject({ total: 6, totalCapped: false });
      expect(grown.items.map((h) => h.documentId).sort()).toEqual(ids.slice(3).sort());
    });

    it('keeps the Store defaults for narrow queries: all matches ranked and counted', async () => {
      const page = await store.search('harbour project');
      expect(page).toMatchObject({ total: 6, totalCapped: false });
      expect(topTwo(page)).toEqual(ids.slice(0, 2).sort());
    });
  });
}
