// End-to-end in Debian's chromium against the real server over a database built by `ingest`:
// search with the filter in the URL, sort, open a dossier, click an engagement, ask for a
// field's evidence and see exactly that span highlighted in the article; person and timeline
// pages; CSV/JSON export of the current filter. Screenshots of each view at 1280 px.
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { EngagementItem, StoredDocument } from '../../src/store/types.ts';
import { expect } from '../expect.ts';
import { screenshot, skipBrowser, startStack, type Stack } from './browserHarness.ts';

describe('web UI: search, dossier, engagement evidence, person, timeline, export', { skip: skipBrowser }, () => {
  let stack: Stack;
  let page: Page;
  const api = async <T>(path: string): Promise<T> => (await fetch(`${stack.server.url}${path}`)).json() as Promise<T>;
  const rows = () => page.locator('table.engagements tbody tr');

  before(async () => {
    stack = await startStack();
    page = await stack.newPage(1280);
  });
  after(async () => {
    await stack?.stop();
  });

  it('searches: the filter goes into the URL, survives a reload, and the list shows its count', async () => {
    await page.goto(`${stack.server.url}/`);
    await expect(await page.locator('[data-testid=result-count]').textContent()).toMatch(/engagements/);
    await page.fill('#f-party', 'phl');
    await page.click('form[role=search] button[type=submit]');
    await page.waitForURL(/[?&]party=PHL/);
    const { total } = await api<{ total: number }>('/api/engagements?party=PHL');
    expect(total).toBeGreaterThan(1);
    await page.locator('[data-testid=result-count]', { hasText: 'party PHL' }).waitFor();
    expect(await page.locator('[data-testid=result-count]').textContent()).toContain(`${total} engagements`);
    await expect(await rows().count()).toBe(total);
    for (const text of await rows().allTextContents()) expect(text).toContain('Philippines');

    await page.reload();
    expect(await page.inputValue('#f-party')).toBe('PHL');
    await page.click('th button:has-text("Participants")');
    await page.waitForURL(/sort=participants/);
    await screenshot(page, 'search');

    await page.goto(`${stack.server.url}/?q=maritime+domain+awareness`);
    await page.locator('[data-testid=result-count]', { hasText: 'text maritime' }).waitFor();
    expect(await rows().count()).toBeGreaterThan(0);
    expect(await rows().first().textContent()).toContain('Japan');
  });

  it('opens a dossier with its chart and counterparts, then an engagement with highlighted evidence', async () => {
    await page.goto(`${stack.server.url}/?party=PHL`);
    await rows().first().waitFor();
    await page.locator('table.engagements a.party', { hasText: 'Japan' }).first().click();
    await page.waitForURL(/\/dossier\/JPN$/);
    await page.locator('[data-testid=year-chart] canvas').first().waitFor();
    expect(await page.locator('[data-testid=counterparts]').textContent()).toContain('Philippines');
    await screenshot(page, 'dossier');

    // a dated one: the sample also announces a visit for next year, listed as undated
    await page
      .locator('[data-testid=engagement-list] li a[href*="/engagement/"]')
      .filter({ hasNotText: 'undated' })
      .first()
      .click();
    await page.waitForURL(/\/engagement\/\d+\?doc=\d+/);
    const url = new URL(page.url());
    const id = Number(url.pathname.split('/').pop());
    const doc = Number(url.searchParams.get('doc'));
    const item = (await api<{ items: EngagementItem[] }>(`/api/documents/${doc}/engagements`)).items.find(
      (e) => e.id === id,
    );
    const source = item?.sources.find((s) => s.documentId === doc);
    const date = source?.evidence.fields.date;
    expect(date, 'the engagement has date evidence').toBeDefined();
    const text = (await api<StoredDocument>(`/api/documents/${doc}`)).text;

    await page.click('a[aria-label="Evidence for the date"]');
    await page.waitForURL(/focus=date/);
    const focused = page.locator('[data-testid=article-text] mark.focus');
    await focused.first().waitFor();
    expect((await focused.allTextContents()).join('')).toBe(text.slice(date!.start, date!.end));
    expect(await page.evaluate(() => document.activeElement?.matches('mark.focus'))).toBe(true);
    expect(await page.locator('[data-testid=article-text] mark').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-testid=article-text]').textContent()).toBe(text);
    await screenshot(page, 'engagement');

    const topic = item!.topics[0]!;
    const span = source!.evidence.fields.topics.find((t) => t.topic === topic)!;
    await page.click(
      `a[aria-label="Evidence for topic ${topic.replace(/_/g, ' ').replace('defence security', 'defence & security')}"]`,
    );
    await page.waitForURL(new RegExp(`focus=topic%3A${topic}`));
    await expect((await focused.allTextContents()).join('')).toContain(text.slice(span.start, span.end));
  });

  it('shows a person with offices and engagements, and a pair timeline', async () => {
    await page.locator('section[aria-labelledby=participants-h] a').first().click();
    await page.waitForURL(/\/person\/\d+$/);
    const name = await page.locator('[data-testid=person-name]').textContent();
    expect(name?.length).toBeGreaterThan(2);
    await page.locator('table.engagements tbody tr').first().waitFor();
    await screenshot(page, 'person');

    const pair = await api<{ total: number }>('/api/pairs/JPN/PHL');
    await page.goto(`${stack.server.url}/timeline?a=JPN&b=PHL`);
    await page.locator('[data-testid=timeline] ol li').first().waitFor();
    expect(await page.locator('[data-testid=timeline] ol li').count()).toBe(pair.total);
    await screenshot(page, 'timeline');
  });

  it('exports the current filter as CSV and JSON', async () => {
    const { total } = await api<{ total: number }>('/api/engagements?party=ZAF');
    await page.goto(`${stack.server.url}/?party=ZAF`);
    await rows().first().waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export CSV")')]);
    expect(csv.suggestedFilename()).toBe('sidelines-party-ZAF.csv');
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,date,/);
    expect(lines).toHaveLength(total + 1);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export JSON")')]);
    const body = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { total: number; items: unknown[] };
    expect(body.total).toBe(total);
    expect(body.items).toHaveLength(total);
    expect(stack.pageErrors).toEqual([]);
  });
});
