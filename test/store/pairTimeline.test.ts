// The pair timeline on every backend, over engagements stored by the real pipeline: pages in
// both orders that add up to the whole pair without gaps or repeats (dated in date order, ties
// by id, undated last), paging edges, the total against a real count through merges, new
// versions and re-extraction, and hostile input.
import type { Kysely } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { connect } from '../../src/store/connect.ts';
import { pairPageQuery } from '../../src/store/queries/pairTimeline.ts';
import type { Database } from '../../src/store/schema.ts';
import type { EngagementItem, Store, TimelineOrder } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { run } from '../helpers.ts';
import { JPN_PHL_CALL_V1, THA_KEN_VISIT, VNM_BLR_VNA } from './articles.ts';
import { backends } from './backends.ts';
import { HOSTILE, save } from './corpus.ts';
import { usaVnmReadout, vnmUsaCall } from './pairArticles.ts';

const DAYS = ['2021-03-05', '2019-11-20', '2023-06-14', '2021-03-12', '2018-01-09', '2024-09-02', '2020-07-21'];
const UNDATED_TOPICS = ['trade', 'education', 'health'];
/** A call and a meeting on one day: two engagements with the same date. */
const SAME_DAY = `Vietnamese, US top diplomats talk by phone

Hanoi, May 4, 2022 - Foreign Minister Nguyễn Văn Hải held a phone call with US Secretary of State Daniel Brooks on May 3. On the same day he also received US Ambassador Robert Hale in Hanoi.

They discussed trade.`;

for (const backend of backends) {
  describe(`pair timeline (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    let db: Kysely<Database>;
    let cleanup: () => Promise<void>;

    /** Every page of the pair, `limit` at a time, checked to be a page of the stated total. */
    const walk = async (order: TimelineOrder, limit: number, a = 'VNM', b = 'USA'): Promise<EngagementItem[]> => {
      const out: EngagementItem[] = [];
      for (let offset = 0; ; offset += limit) {
        const page = await store.pairTimeline(a, b, { limit, offset, order });
        expect(page).toMatchObject({ limit, offset });
        expect(page.items.length).toBe(Math.max(0, Math.min(limit, page.total - offset)));
        out.push(...page.items);
        if (offset + limit >= page.total) return out;
      }
    };
    /** The pair counted through the engagement filter's join, not the counters. */
    const realCount = async () => (await store.engagements({ pair: ['USA', 'VNM'] }, { limit: 200 })).total;
    const expectTotalsAgree = async (expected: number) => {
      expect(await realCount()).toBe(expected);
      for (const [a, b] of [
        ['VNM', 'USA'],
        ['usa', 'vnm'],
      ])
        expect((await store.pairTimeline(a!, b!)).total, `${a}-${b}`).toBe(expected);
      for (const order of ['asc', 'desc'] as const) {
        const all = await walk(order, 2);
        expect(all).toHaveLength(expected);
        expect(new Set(all.map((e) => e.id)).size).toBe(expected);
      }
    };
    /** Dated engagements in date order (ties by id), then undated ones by id: `order` either way. */
    const expectTimelineOrder = (items: EngagementItem[], order: TimelineOrder) => {
      const sign = order === 'asc' ? 1 : -1;
      const firstUndated = items.findIndex((e) => e.date === null);
      if (firstUndated >= 0) expect(items.slice(firstUndated).every((e) => e.date === null)).toBe(true);
      for (let i = 1; i < items.length; i++) {
        const [p, e] = [items[i - 1]!, items[i]!];
        const byDate = p.date && e.date ? sign * p.date.localeCompare(e.date) : 0;
        expect(byDate, `${p.date} then ${e.date}`).toBeLessThanOrEqual(0);
        if (p.date === e.date) expect(sign * (p.id - e.id), `ids ${p.id}, ${e.id} on ${e.date}`).toBeLessThan(0);
      }
    };

    before(async () => {
      const opened = await backend.open();
      ({ store, cleanup } = opened);
      db = connect(opened.url).db;
      for (const day of DAYS) await save(store, vnmUsaCall(day), `call-${day}.txt`);
      for (const topic of UNDATED_TOPICS) await save(store, vnmUsaCall(null, topic), `undated-${topic}.txt`);
      await save(store, SAME_DAY, 'same-day.txt');
      // Other pairs, one of them with a party of this one: none of theirs may show.
      await save(store, VNM_BLR_VNA, 'vna.txt');
      await save(store, THA_KEN_VISIT, 'tha.txt');
      await save(store, JPN_PHL_CALL_V1, 'mofa.txt');
    });
    after(async () => {
      await db?.destroy();
      await cleanup?.();
    });

    it('pages oldest first: dates never go back, ties by id, undated last, whatever the page size', async () => {
      const whole = await store.pairTimeline('VNM', 'USA', { limit: 200 });
      expect(whole.total).toBe(DAYS.length + UNDATED_TOPICS.length + 2);
      expect(whole.items.every((e) => e.parties.includes('VNM') && e.parties.includes('USA'))).toBe(true);
      expect(whole.items.map((e) => e.date)).toEqual([
        '2018-01-09',
        '2019-11-20',
        '2020-07-21',
        '2021-03-05',
        '2021-03-12',
        '2022-05-03',
        '2022-05-03',
        '2023-06-14',
        '2024-09-02',
        null,
        null,
        null,
      ]);
      expectTimelineOrder(whole.items, 'asc');
      // Pages of every size add up to the same timeline, across the dated/undated boundary too.
      for (const limit of [1, 2, 3, 5, 9, 10, 11])
        expect(
          (await walk('asc', limit)).map((e) => e.id),
          `limit ${limit}`,
        ).toEqual(whole.items.map((e) => e.id));
      // The default is the first 50, oldest first.
      expect(await store.pairTimeline('VNM', 'USA')).toEqual({ ...whole, limit: 50 });
    });

    it('pages newest first: the dated ones reversed, undated still last (newest id first)', async () => {
      const asc = (await store.pairTimeline('VNM', 'USA', { limit: 200 })).items;
      const desc = (await store.pairTimeline('VNM', 'USA', { limit: 200, order: 'desc' })).items;
      expectTimelineOrder(desc, 'desc');
      const dated = (items: EngagementItem[]) => items.filter((e) => e.date !== null).map((e) => e.id);
      const undated = (items: EngagementItem[]) => items.filter((e) => e.date === null).map((e) => e.id);
      expect(dated(desc)).toEqual(dated(asc).reverse());
      expect(undated(desc)).toEqual(undated(asc).reverse());
      expect(desc.slice(-3).every((e) => e.date === null)).toBe(true);
      for (const limit of [1, 4, 7])
        expect(
          (await walk('desc', limit)).map((e) => e.id),
          `limit ${limit}`,
        ).toEqual(desc.map((e) => e.id));
    });

    it('handles paging edges: past the end, the last row, limit and offset bounds, junk', async () => {
      const all = (await store.pairTimeline('VNM', 'USA', { limit: 200 })).items;
      const total = all.length;
      for (const offset of [total, total + 1, 10_000_000])
        expect(await store.pairTimeline('VNM', 'USA', { offset })).toEqual({ items: [], total, limit: 50, offset });
      const last = await store.pairTimeline('VNM', 'USA', { offset: total - 1 });
      expect(last.items.map((e) => e.id)).toEqual([all[total - 1]!.id]);
      // Each offset in the undated range, reached directly, gives the row at that position.
      for (let offset = total - 3; offset < total; offset++)
        for (const order of ['asc', 'desc'] as const) {
          const whole = (await store.pairTimeline('VNM', 'USA', { limit: 200, order })).items;
          const one = await store.pairTimeline('VNM', 'USA', { limit: 1, offset, order });
          expect(
            one.items.map((e) => e.id),
            `${order} ${offset}`,
          ).toEqual([whole[offset]!.id]);
        }
      const clamp = async (page: Parameters<Store['pairTimeline']>[2]) => {
        const p = await store.pairTimeline('VNM', 'USA', page);
        return [p.limit, p.offset, p.items.length];
      };
      expect(await clamp({ limit: 0 })).toEqual([1, 0, 1]);
      expect(await clamp({ limit: -3, offset: -2 })).toEqual([1, 0, 1]);
      expect(await clamp({ limit: 2.7 })).toEqual([2, 0, 2]);
      expect(await clamp({ limit: 201 })).toEqual([200, 0, total]);
      expect(await clamp({ limit: 1e9 })).toEqual([200, 0, total]);
      expect(await clamp({ limit: Number.NaN, offset: Number.NaN })).toEqual([50, 0, total]);
      const sideways = await store.pairTimeline('VNM', 'USA', { order: 'sideways' as TimelineOrder, limit: 200 });
      expect(sideways.items.map((e) => e.id)).toEqual(all.map((e) => e.id));
    });

    it('gives the same pages whichever party is named first, and whichever index the scan starts from', async () => {
      for (const order of ['asc', 'desc'] as const) {
        const ab = await store.pairTimeline('VNM', 'USA', { limit: 4, offset: 2, order });
        expect(await store.pairTimeline('usa', ' vnm ', { limit: 4, offset: 2, order })).toEqual(ab);
        for (const undated of [false, true]) {
          const from = async (driver: string, other: string) =>
            (await pairPageQuery(db, driver, other, order, undated).execute()).map((r) => r.id);
          expect(await from('VNM', 'USA'), `${order} undated=${undated}`).toEqual(await from('USA', 'VNM'));
        }
      }
      expect((await store.pairTimeline('VNM', 'BLR')).items.map((e) => e.parties)).toEqual([['BLR', 'VNM']]);
      expect(await store.pairTimeline('VNM', 'PHL')).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    });

    it('takes the same party twice for no pair', async () => {
      expect(await store.pairTimeline('VNM', 'vnm')).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    });

    it('keeps the total equal to a real count through merges, new versions and re-extraction', async () => {
      const start = DAYS.length + UNDATED_TOPICS.length + 2;
      await expectTotalsAgree(start);
      // The other side's account of a stored call joins it: no new engagement.
      await save(store, usaVnmReadout('2021-03-05'), 'readout.txt');
      await expectTotalsAgree(start);
      const merged = (await store.pairTimeline('VNM', 'USA', { limit: 200 })).items.find(
        (e) => e.date === '2021-03-05',
      );
      expect(merged?.sources).toHaveLength(2);
      // A corrected version at the same URL moves its call to another day, and in the timeline.
      const url = 'https://mofa.example/call';
      await save(store, vnmUsaCall('2017-02-02', 'energy'), url, { url });
      await expectTotalsAgree(start + 1);
      await save(store, vnmUsaCall('2025-02-02', 'energy'), url, { url });
      await expectTotalsAgree(start + 1);
      const asc = (await store.pairTimeline('VNM', 'USA', { limit: 200 })).items.map((e) => e.date);
      expect(asc).not.toContain('2017-02-02');
      expect(asc.filter((d) => d !== null).at(-1)).toBe('2025-02-02');
      // Re-extraction that finds nothing deletes the engagement; finding it again restores it.
      const saved = await save(store, vnmUsaCall('2016-08-08', 'culture'), 'reextracted.txt');
      await expectTotalsAgree(start + 2);
      const { doc, record } = run(vnmUsaCall('2016-08-08', 'culture'), 'reextracted.txt');
      await store.replaceExtraction(saved.documentId, { ...record, events: [] }, doc, 'test-2');
      await expectTotalsAgree(start + 1);
      await store.replaceExtraction(saved.documentId, record, doc, 'test-3');
      await expectTotalsAgree(start + 2);
      expect((await store.pairTimeline('VNM', 'USA', { limit: 1 })).items[0]?.date).toBe('2016-08-08');
      // Withdrawing one of the merged call's two sources keeps the call.
      const readout = run(usaVnmReadout('2021-03-05'), 'readout.txt');
      const readoutId = merged!.sources.find((s) => s.source === 'readout.txt')!.documentId;
      await store.replaceExtraction(readoutId, { ...readout.record, events: [] }, readout.doc, 'test-2');
      await expectTotalsAgree(start + 2);
    });

    it('keeps injection strings and wildcards inert', async () => {
      const before = (await store.pairTimeline('VNM', 'USA')).total;
      for (const h of HOSTILE) {
        for (const [a, b] of [
          [h, 'VNM'],
          ['USA', h],
          [h, `x${h}`],
        ]) {
          const page = await store.pairTimeline(a!, b!, { order: h as TimelineOrder });
          expect(page, `${JSON.stringify(a)}, ${JSON.stringify(b)}`).toMatchObject({ items: [], total: 0 });
        }
      }
      expect((await store.pairTimeline('VNM', 'USA')).total).toBe(before);
      expect((await store.stats()).documents).toBeGreaterThan(DAYS.length);
    });
  });
}
