// The pair timeline's page query on PostgreSQL: read in the order of one party's index with a
// key probe per entry, so the LIMIT ends the scan, whatever the planner guesses about the pair.
// On tables of a few thousand rows PostgreSQL rightly prefers other plans, so this suite fills
// 60,000 engagements and their counters (server-side, in a few statements) and checks EXPLAIN ANALYZE: the plan's
// shape, and how many index entries the scan really read.
import { CompiledQuery, sql, type Compilable, type Kysely } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { connect } from '../../src/store/connect.ts';
import { pairPageQuery, pairSizesQuery } from '../../src/store/queries/pairTimeline.ts';
import { search } from '../../src/store/queries/search.ts';
import { pgIndexQuery } from '../../src/store/queries/searchPostgres.ts';
import type { Database } from '../../src/store/schema.ts';
import { expect } from '../expect.ts';
import { backends } from './backends.ts';

const postgres = backends.find((b) => b.name === 'postgres')!;

describe('query plans (postgres)', { skip: postgres.skip }, () => {
  let cleanup: () => Promise<void>;
  let db: Kysely<Database>;
  const explain = async (q: Compilable<unknown>): Promise<string> => {
    const c = q.compile();
    const r = await db.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain (analyze, costs off, timing off) ${c.sql}`, [...c.parameters]),
    );
    return r.rows.map((row) => row['QUERY PLAN']).join('\n');
  };

  before(async () => {
    const opened = await postgres.open();
    cleanup = opened.cleanup;
    db = connect(opened.url).db;
    // Every 4th engagement is BIG with DENSE (DENSE has no other counterpart), the rest spread
    // over 40 parties; one in 97 is undated. P3 and P5 share a few hundred engagements among
    // thousands each: the kind of pair a planner may guess is cheaper to join and sort.
    await sql`insert into engagements (type, type_group, status, ref_date, parties_key, created_at, updated_at)
      select 'meeting', 'bilateral', 'held',
        case when i % 97 = 0 then null else to_char(date '2000-01-01' + (i * 7919 % 9000), 'YYYY-MM-DD') end,
        '', '', ''
      from generate_series(1, 60000) as i`.execute(db);
    await sql`insert into engagement_parties (engagement_id, party, ref_date)
      select e.id, p.party, e.ref_date
      from engagements e,
        lateral (select distinct unnest(case when e.id % 4 = 0 then array['BIG', 'DENSE']
          else array['P' || (e.id % 40), 'P' || (e.id * 7 % 41)] end) as party) p`.execute(db);
    // The counters as the write path keeps them (migrations 005 and 007 build them the same way).
    await sql`insert into pair_counts (party, other, n)
      select a.party, b.party, count(*) from engagement_parties a
      join engagement_parties b on b.engagement_id = a.engagement_id and b.party <> a.party
      group by a.party, b.party`.execute(db);
    await sql`insert into party_counts (party, year, topic, n)
      select party, coalesce(substr(ref_date, 1, 4), ''), '', count(*) from engagement_parties
      group by party, coalesce(substr(ref_date, 1, 4), '')`.execute(db);
    // 60,000 documents: "common" in all, "rare" in every 25th, "old" in the oldest third only.
    // Rows as wide as an article's, or a scan of the whole table would be the cheap plan.
    await sql`insert into documents (content_hash, source, text, ingested_at, pipeline_version, simhash,
        sh_band0, sh_band1, sh_band2, sh_band3, search)
      select 'h' || i, 'gen', repeat('text ', 150), '', '', '', 0, 0, 0, 0,
        to_tsvector('simple', 'common filler words number ' || i || repeat(' ' || md5(i::text), 30)
          || case when i % 25 = 0 then ' rare' else '' end
          || case when i <= 20000 then ' old' else '' end)
      from generate_series(1, 60000) as i`.execute(db);
    await sql`analyze engagement_parties, pair_counts, party_counts, documents`.execute(db);
  });
  after(async () => {
    await db?.destroy();
    await cleanup?.();
  });

  it('reads a dense pair one page at a time, in index order, in both directions', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const p = await explain(pairPageQuery(db, 'DENSE', 'BIG', order, false).limit(50).offset(50));
      expect(p, order).toMatch(
        order === 'asc'
          ? /Index Only Scan Backward using engagement_parties_recent on engagement_parties ep/
          : /Index Only Scan using engagement_parties_recent on engagement_parties ep/,
      );
      expect(p).toMatch(/^Limit \(actual rows=50 loops=1\)/);
      // Offset plus one page, every entry a match: nothing else was read.
      expect(p).toMatch(/engagement_parties_recent on engagement_parties ep \(actual rows=100 loops=1\)/);
      expect(p).not.toMatch(/Rows Removed by Filter/);
      expect(p).not.toMatch(/Sort|Hash|Seq Scan/);
    }
  });

  it('never joins and sorts a sparse pair: the scan stays in index order with a probe per entry', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const p = await explain(pairPageQuery(db, 'P3', 'P5', order, false).limit(50));
      expect(p, order).toMatch(/^Limit/);
      expect(p).toMatch(/Index Only Scan (Backward )?using engagement_parties_recent on engagement_parties ep/);
      expect(p).toMatch(/SubPlan/);
      expect(p).toMatch(/Index Only Scan using engagement_parties_(pk|party) on engagement_parties o/);
      expect(p).not.toMatch(/Sort|Hash|Seq Scan/);
    }
  });

  it('reads undated engagements through the same index, and the sizes from the counters by key', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const p = await explain(pairPageQuery(db, 'DENSE', 'BIG', order, true).limit(50));
      expect(p, order).toMatch(/engagement_parties_recent/);
      expect(p).toMatch(/ref_date IS NULL/);
      expect(p).not.toMatch(/Seq Scan/);
    }
    const sizes = await explain(pairSizesQuery(db, 'DENSE', 'BIG'));
    expect(sizes).toMatch(/Index Scan using pair_counts_pk on pair_counts/);
    expect(sizes).toMatch(/Index Scan on party_counts_pk|Index Scan using party_counts_pk on party_counts/);
    expect(sizes).not.toMatch(/Seq Scan/);
  });

  it('takes a rare word from the GIN index, never walking the id index', async () => {
    const p = await explain(pgIndexQuery(db, ['rare'], 500));
    expect(p).toMatch(/Bitmap Index Scan on documents_search/);
    expect(p).not.toMatch(/Index Scan Backward using documents_pkey|Seq Scan/);
  });

  it('ranks the newest matches of common, rare and old-only words, and counts them as far as it looked', async () => {
    const newest = (from: number, step: number) => Array.from({ length: 500 }, (_, i) => from - i * step);
    // Every ranked hit, three pages of 200 (ties in rank are ordered by id, so pages mix ages).
    const ranked = async (q: string) => {
      const pages = await Promise.all([0, 200, 400].map((offset) => search(db, 'postgres', q, { limit: 200, offset })));
      return { ids: pages.flatMap((p) => p.items.map((h) => h.documentId)).sort((a, b) => b - a), ...pages[0]! };
    };
    // In every document: the newest window ranks it, and the total is a lower bound.
    const common = await ranked('common');
    expect(common.ids).toEqual(newest(60_000, 1));
    expect(common).toMatchObject({ total: 500, totalCapped: true });
    // In 4 %: from the index, counted completely.
    const rare = await ranked('rare');
    expect(rare.ids).toEqual(newest(60_000, 25));
    expect(rare).toMatchObject({ total: 2_400, totalCapped: false });
    // Common by the statistics, absent from the newest window: the index still finds it.
    const old = await ranked('old');
    expect(old.ids).toEqual(newest(20_000, 1));
    expect(old).toMatchObject({ total: 10_000, totalCapped: true });
  });
});
