// store.refreshStatistics (run by an ingest that stored many documents): the planner's
// statistics describe the rows just written, on every backend.
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { connect } from '../../src/store/connect.ts';
import type { Database } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { backends } from './backends.ts';
import { save } from './corpus.ts';

const article = (i: number): string =>
  `Ministers meet in port city ${i}\n\nOn March ${i + 1}, 2025, Foreign Minister Anna Berg of Sweden met ` +
  `Foreign Minister Kenji Sato of Japan in port city ${i}. Berg asked Japan to support Sweden's candidacy ` +
  `for a seat on the UN Security Council.`;

for (const backend of backends) {
  describe(`refreshStatistics (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let db: Kysely<Database>;
    before(async () => {
      let url: string;
      ({ store, cleanup, url } = await backend.open());
      for (let i = 0; i < 12; i++) await save(store, article(i), `port-${i}.txt`);
      db = connect(url).db;
    });
    after(async () => {
      await db?.destroy();
      await cleanup?.();
    });

    it('leaves statistics that count the stored documents', async () => {
      await store.refreshStatistics();
      if (backend.name === 'postgres') {
        const { rows } = await sql<{ n: number }>`
          select reltuples::int as n from pg_class
          where oid = to_regclass(current_schema() || '.documents')`.execute(db);
        expect(rows[0]?.n).toBe(12);
        // Vacuumed: the new rows' pages are all-visible (a search's counts skip them, the
        // dossier's grouping of requests and its officeholders read their indexes alone), and
        // the full-text index has no pending entries left.
        for (const table of ['documents', 'engagement_requests', 'people', 'person_offices']) {
          const pages = await sql<{ visible: number; pages: number }>`
            select relallvisible as visible, relpages as pages from pg_class
            where oid = to_regclass(current_schema() || '.' || ${table})`.execute(db);
          expect({ table, pages: pages.rows[0]!.pages > 0 }).toEqual({ table, pages: true });
          expect({ table, visible: pages.rows[0]!.visible }).toEqual({ table, visible: pages.rows[0]!.pages });
        }
      } else {
        const { rows } = await sql<{ stat: string }>`select stat from sqlite_stat1 where tbl = 'documents'`.execute(db);
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((r) => r.stat.startsWith('12 '))).toBe(true);
      }
    });
  });
}
