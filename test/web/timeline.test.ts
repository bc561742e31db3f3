// End-to-end in chromium: a pair's timeline a page at a time. Sixty-odd calls of one pair are
// ingested through the API; the view shows the total and the range, pages with links that put
// the offset in the URL (back goes back), switches to newest first, survives a reload, is
// opened from the world map with the map's count as its total, and fetches nothing from
// anywhere but the server.
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { EngagementItem } from '../../src/store/types.ts';
import { expect } from '../expect.ts';
import { vnmUsaCall } from '../store/pairArticles.ts';
import { skipBrowser, startStack, TOKEN, type Stack } from './browserHarness.ts';

interface PairPage {
  total: number;
  items: EngagementItem[];
}

describe('web UI: a pair timeline in pages', { skip: skipBrowser }, () => {
  let stack: Stack;
  let page: Page;
  const outside: string[] = [];
  const api = async (query: string): Promise<PairPage> =>
    (await fetch(`${stack.server.url}/api/pairs/VNM/USA${query}`)).json() as Promise<PairPage>;
  const shown = async (): Promise<number[]> =>
    (await page
      .locator('[data-testid=timeline] li[data-engagement]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-engagement'))))) as number[];
  const status = () => page.locator('[data-testid=timeline-status]');

  before(async () => {
    stack = await startStack();
    for (let i = 0; i < 60; i++) {
      const day = `${2012 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-${String(3 + ((i * 7) % 20)).padStart(2, '0')}`;
      const text = vnmUsaCall(day, i % 2 ? 'trade' : 'education');
      const res = await fetch(`${stack.server.url}/api/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ text, source: `call-${i}.txt` }),
      });
      expect(res.status, await res.text()).toBe(201);
    }
    page = await stack.newPage(1280);
    // Everything the UI needs comes from the server: any other request is refused and noted.
    await page.route(
      (url) => !url.href.startsWith(stack.server.url),
      async (route) => {
        outside.push(route.request().url());
        await route.abort();
      },
    );
  });
  after(async () => {
    await stack?.stop();
  });

  it('shows the first page oldest first with the total, and pages with the offset in the URL', async () => {
    const first = await api('?limit=50');
    expect(first.total).toBeGreaterThanOrEqual(60);
    await page.goto(`${stack.server.url}/timeline?a=VNM&b=USA`);
    await status().filter({ hasText: 'Showing' }).waitFor();
    expect(await status().textContent()).toBe(`Showing 1–50 of ${first.total} engagements, oldest first`);
    expect(await shown()).toEqual(first.items.map((e) => e.id));

    await page.click('nav.pager a:has-text("Later →")');
    await page.waitForURL(/[?&]offset=50\b/);
    await status().filter({ hasText: 'Showing 51–' }).waitFor();
    const second = await api('?limit=50&offset=50');
    expect(await status().textContent()).toBe(`Showing 51–${first.total} of ${first.total} engagements, oldest first`);
    expect(await shown()).toEqual(second.items.map((e) => e.id));
    expect(await page.locator('nav.pager a:has-text("Later →")').count()).toBe(0);

    await page.goBack();
    await status().filter({ hasText: 'Showing 1–50' }).waitFor();
    expect(await shown()).toEqual(first.items.map((e) => e.id));
    expect(await page.locator('nav.pager a:has-text("← Earlier")').count()).toBe(0);
  });

  it('switches to newest first, from the first page, and keeps it through paging and a reload', async () => {
    await page.goto(`${stack.server.url}/timeline?a=VNM&b=USA&offset=50`);
    await status().filter({ hasText: 'Showing 51–' }).waitFor();
    await page.selectOption('#t-order', 'desc');
    await page.waitForURL((url) => url.searchParams.get('order') === 'desc' && !url.searchParams.has('offset'));
    await status().filter({ hasText: 'newest first' }).waitFor();
    const newest = await api('?order=desc&limit=50');
    expect(await shown()).toEqual(newest.items.map((e) => e.id));
    const dates = newest.items.map((e) => e.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());

    await page.click('nav.pager a:has-text("Older →")');
    await page.waitForURL(/offset=50/);
    await status().filter({ hasText: 'Showing 51–' }).waitFor();
    const older = await api('?order=desc&limit=50&offset=50');
    expect(await shown()).toEqual(older.items.map((e) => e.id));
    await page.reload();
    await status().filter({ hasText: 'newest first' }).waitFor();
    expect(await page.inputValue('#t-order')).toBe('desc');
    expect(await shown()).toEqual(older.items.map((e) => e.id));
    await page.click('nav.pager a:has-text("← Newer")');
    await page.waitForURL((url) => !url.searchParams.has('offset'));
    await status().filter({ hasText: 'Showing 1–50' }).waitFor();
  });

  it('says so past the end, and refuses the same party twice', async () => {
    const { total } = await api('');
    await page.goto(`${stack.server.url}/timeline?a=VNM&b=USA&offset=500`);
    await status().filter({ hasText: 'No engagements at offset 500' }).waitFor();
    expect(await status().textContent()).toBe(`No engagements at offset 500 (${total} engagements in all)`);
    await page.click('nav.pager a:has-text("← Earlier")');
    await status().filter({ hasText: 'Showing' }).waitFor();
    expect(await status().textContent()).toMatch(new RegExp(`^Showing ${total - 49}–${total} of ${total}`));

    await page.goto(`${stack.server.url}/timeline?a=VNM&b=vnm`);
    await page.locator('[role=alert]', { hasText: 'expected two different parties, got VNM twice' }).waitFor();
  });

  it("opens from the world map, with the map's count as the timeline's total", async () => {
    await page.goto(`${stack.server.url}/map?party=VNM`);
    const link = page.locator('#map-counterparts-h ~ * a[href*="b=USA"]');
    await link.waitFor();
    const count = Number(await link.textContent());
    await link.click();
    await page.waitForURL(/\/timeline\?a=VNM&b=USA$/);
    await status().filter({ hasText: 'Showing' }).waitFor();
    expect(await status().textContent()).toBe(`Showing 1–50 of ${count} engagements, oldest first`);
    expect(outside).toEqual([]);
    expect(stack.pageErrors).toEqual([]);
  });
});
