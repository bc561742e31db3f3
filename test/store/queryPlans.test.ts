// The lookups that run for every ingested article, and the filters, must use their indexes on a
// table of realistic size, never scan it. Checked with SQLite's EXPLAIN QUERY PLAN after ANALYZE
// over a synthetic database of a few thousand rows (PostgreSQL's planner, on tables this small,
// rightly prefers sequential scans, so its plans would say nothing).
import SqliteDatabase from 'better-sqlite3';
import type { Compilable, Kysely } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { connect } from '../../src/store/connect.ts';
import { candidateQuery } from '../../src/store/sqlEngagementRepo.ts';
import { aliasLookupQuery, fuzzyQuery } from '../../src/store/registry.ts';
import { filterConditions, listQuery } from '../../src/store/queries/engagements.ts';
import { pairPageQuery, pairSizesQuery } from '../../src/store/queries/pairTimeline.ts';
import { bandRowsQuery, nearDuplicateQuery } from '../../src/store/nearDuplicates.ts';
import type { Database } from '../../src/store/schema.ts';
import { expect } from '../expect.ts';
import { backends } from './backends.ts';

const PARTIES = ['BLR', 'CHN', 'JPN', 'KEN', 'PHL', 'THA', 'USA', 'VNM', 'ZAF', 'UN'];

async function fill(db: Kysely<Database>): Promise<void> {
  let seed = 7;
  const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  const day = () => `20${20 + rand(5)}-0${1 + rand(9)}-1${rand(9)}`;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('people').values({ name: 'A B', name_key: 'a b', affiliation: 'VNM' }).execute();
    for (let i = 2; i <= 1000; i++) {
      const [given, family] = [`given${rand(50)}`, `family${i}`];
      const side = PARTIES[rand(10)]!;
      await trx
        .insertInto('people')
        .values({ name: `${given} ${family}`, name_key: `${family} ${given}`, affiliation: side })
        .execute();
      await trx
        .insertInto('person_aliases')
        .values({
          person_id: i,
          side,
          alias: `${given} ${family}`,
          alias_key: `${family} ${given}`,
          alias_skeleton: i % 2 ? `${family} ${given}` : '',
          typo_block_a: i % 3 ? `${given}|f${i % 10}` : '',
          typo_block_b: i % 4 ? `${family}|g${i % 10}` : '',
        })
        .execute();
      // A surname shared by people on every side.
      await trx
        .insertInto('person_aliases')
        .values({
          person_id: i,
          side,
          alias: 'Common',
          alias_key: 'common',
          alias_skeleton: '',
          typo_block_a: '',
          typo_block_b: '',
        })
        .execute();
    }
    for (let i = 0; i < 3000; i++) {
      const [b0, b1, b2, b3] = [rand(65536), rand(65536), rand(65536), rand(65536)];
      await trx
        .insertInto('documents')
        .values({
          content_hash: `h${i}`,
          source: `s${i}`,
          url: null,
          title: null,
          published: day(),
          text: 'x',
          format: null,
          ingested_at: '2024-01-01',
          pipeline_version: 'v',
          near_duplicate_of: null,
          previous_version_id: null,
          latest: 1,
          simhash: [b0, b1, b2, b3].map((b) => b.toString(16).padStart(4, '0')).join(''),
          sh_band0: b0,
          sh_band1: b1,
          sh_band2: b2,
          sh_band3: b3,
        })
        .execute();
      const pair = [PARTIES[rand(10)]!, PARTIES[rand(10)]!].sort();
      const refDate = day();
      const { id } = await trx
        .insertInto('engagements')
        .values({
          type: 'meeting',
          type_group: 'bilateral',
          status: 'held',
          date: day(),
          date_end: null,
          date_inferred: 0,
          ref_date: refDate,
          city: null,
          country: null,
          occasion: null,
          occasion_key: null,
          parties_key: pair.join(','),
          created_at: '',
          updated_at: '',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const party of new Set(pair))
        await trx.insertInto('engagement_parties').values({ engagement_id: id, party, ref_date: refDate }).execute();
      await trx
        .insertInto('engagement_topics')
        .values({ engagement_id: id, topic: `t${rand(20)}` })
        .execute();
      if (i % 300 === 0)
        await trx
          .insertInto('engagement_participants')
          .values({ engagement_id: id, person_id: 1, name: 'A B', title: null, affiliation: 'VNM' })
          .execute();
    }
  });
}

describe('query plans (sqlite)', () => {
  let cleanup: () => Promise<void>;
  let db: Kysely<Database>;
  let raw: SqliteDatabase.Database;
  const plan = (q: Compilable<unknown>) => {
    const c = q.compile();
    return raw
      .prepare(`EXPLAIN QUERY PLAN ${c.sql}`)
      .all(...(c.parameters as unknown[]))
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
  };

  before(async () => {
    const opened = await backends[0]!.open();
    cleanup = opened.cleanup;
    db = connect(opened.url).db;
    await fill(db);
    raw = new SqliteDatabase(opened.url);
    raw.exec('ANALYZE');
  });
  after(async () => {
    raw?.close();
    await db?.destroy();
    await cleanup?.();
  });

  it('finds merge candidates through the (parties_key, type_group, ref_date) index', () => {
    const w = { partiesKey: 'USA,VNM', typeGroup: 'bilateral', from: '2024-07-07', to: '2024-07-13' };
    const p = plan(candidateQuery(db, w, 1));
    expect(p).toMatch(
      /SEARCH engagements USING (COVERING )?INDEX engagements_candidates \(parties_key=\? AND type_group=\? AND ref_date>\? AND ref_date<\?\)/,
    );
    expect(p).not.toMatch(/SCAN engagements/);
  });

  it('finds near-duplicates through the simhash band indexes, never the table', () => {
    const p = plan(nearDuplicateQuery(db, '0123456789abcdef'));
    for (const band of [0, 1, 2, 3])
      expect(p).toMatch(
        new RegExp(`SEARCH documents USING COVERING INDEX documents_sh_band${band} \\(sh_band${band}=\\?\\)`),
      );
    expect(p).not.toMatch(/SCAN documents/);
    const bulk = plan(bandRowsQuery(db, 2, [1, 2, 3]));
    expect(bulk).toMatch(/SEARCH documents USING COVERING INDEX documents_sh_band2 \(sh_band2=\?\)/);
    expect(bulk).not.toMatch(/SCAN documents/);
  });

  it('looks a name up on one side (and unknown side) through the (alias_key, side) index', () => {
    const p = plan(aliasLookupQuery(db, 'common', 'VNM'));
    expect(p).toMatch(/INDEX person_aliases_key \(alias_key=\? AND side=\?\)/);
    expect(p).not.toMatch(/SCAN person_aliases\b/);
  });

  it('looks up fuzzy name candidates through the skeleton and typo-block indexes', () => {
    const p = plan(fuzzyQuery(db, 'family7 given3', ['given3|f7', 'family7|g3'], 'VNM'));
    for (const [index, column] of [
      ['person_aliases_skeleton', 'alias_skeleton=?'],
      ['person_aliases_typo_block_a', 'typo_block_a=?'],
      ['person_aliases_typo_block_b', 'typo_block_b=?'],
    ] as const)
      expect(p).toContain(`INDEX ${index} (${column})`);
    expect(p).not.toMatch(/SCAN (a|p)\b/);
  });

  it("pages a party's engagements off its (party, ref_date) index, without sorting them all", async () => {
    const p = plan(listQuery(db, [], 'newest', 'VNM').limit(50));
    expect(p).toMatch(/SEARCH ep USING (COVERING )?INDEX engagement_parties_recent \(party=\?\)/);
    expect(p).not.toContain('TEMP B-TREE');
    // With another filter (a pair's other side, a topic) the planner may start from the smaller
    // list instead, as it knows their sizes; never from a scan.
    for (const rest of [{ party: 'USA' }, { topic: 't3' }]) {
      const conds = await filterConditions(db, 'sqlite', rest);
      const q = plan(listQuery(db, conds ?? [], 'newest', 'VNM').limit(50));
      expect(q, JSON.stringify(rest)).not.toMatch(/SCAN (ep|engagements)\b/);
    }
  });

  it("pages a pair's timeline off one party's (party, ref_date) index, probing the other by key", () => {
    for (const order of ['asc', 'desc'] as const)
      for (const undated of [false, true]) {
        const p = plan(pairPageQuery(db, 'VNM', 'USA', order, undated).limit(50).offset(50));
        const range = undated ? 'ref_date=\\?' : 'ref_date>\\?';
        expect(p, `${order} undated=${undated}`).toMatch(
          new RegExp(`SEARCH ep USING COVERING INDEX engagement_parties_recent \\(party=\\? AND ${range}\\)`),
        );
        expect(p).toMatch(
          /SEARCH o USING COVERING INDEX (sqlite_autoindex_engagement_parties_1|engagement_parties_party) \((engagement_id=\? AND party=\?|party=\? AND engagement_id=\?)\)/,
        );
        // Read in index order, so the LIMIT ends the scan: nothing is collected and sorted.
        expect(p).not.toContain('TEMP B-TREE');
        expect(p).not.toMatch(/\bSCAN\b/);
      }
    const sizes = plan(pairSizesQuery(db, 'VNM', 'USA'));
    expect(sizes).toMatch(/SEARCH pair_counts USING INDEX sqlite_autoindex_pair_counts_1 \(party=\? AND other=\?\)/);
    expect(sizes).toMatch(/SEARCH party_counts USING INDEX sqlite_autoindex_party_counts_1 \(party=\?\)/);
    expect(sizes).not.toMatch(/SCAN (pair|party)_counts/);
  });

  it('starts selective filters from their indexes', async () => {
    for (const [filter, index] of [
      [{ pair: ['USA', 'VNM'] }, 'engagement_parties_party'],
      [{ topic: 't3' }, 'engagement_topics_topic'],
      [{ person: 1 }, 'engagement_participants_person'],
      [{ from: '2024-07-01', to: '2024-07-31' }, 'engagements_ref_date'],
    ] as const) {
      const conds = await filterConditions(db, 'sqlite', filter as never);
      expect(plan(listQuery(db, conds ?? [], 'newest').limit(50)), JSON.stringify(filter)).toContain(index);
    }
  });
});
