// End-to-end in chromium: the network view draws (SVG with nodes and edges), filters by topic
// and opens a dossier from a node; the world map colours the chosen party's counterparts;
// keyboard navigation works with a visible focus; every form control is labelled; each view
// fits a 390 px screen without sideways scrolling (screenshots at 1280 and 390 px).
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expect } from '../expect.ts';
import { screenshot, skipBrowser, startStack, unlabelledControls, type Stack } from './browserHarness.ts';

const VIEWS: [name: string, path: string, ready: string][] = [
  ['search', '/?party=VNM', 'table.engagements tbody tr'],
  ['dossier', '/dossier/VNM', '[data-testid=year-chart] canvas'],
  ['engagement', '/engagement/2?doc=2&focus=date', 'mark.focus'],
  ['document', '/document/2', '[data-testid=article-text] mark'],
  ['person', '/person/1', '[data-testid=person-name]'],
  ['timeline', '/timeline?a=VNM&b=MNG', '[data-testid=timeline] ol li'],
  ['network', '/network', 'svg[data-testid=network-svg] circle'],
  ['map', '/map?party=VNM', 'svg[data-testid=map-svg] path.has-data'],
  ['ingest', '/ingest', '#i-token'],
];

describe('web UI: network, map, keyboard, labels, small screens', { skip: skipBrowser }, () => {
  let stack: Stack;
  let page: Page;
  before(async () => {
    stack = await startStack();
    page = await stack.newPage(1280);
  });
  after(async () => {
    await stack?.stop();
  });

  it('draws the network, filters it by topic, and opens a dossier from a node', async () => {
    await page.goto(`${stack.server.url}/network`);
    const circles = page.locator('svg[data-testid=network-svg] circle');
    await circles.first().waitFor();
    const all = await circles.count();
    expect(all).toBeGreaterThan(10);
    expect(await page.locator('svg[data-testid=network-svg] line').count()).toBeGreaterThan(5);
    const box = await page.locator('svg[data-testid=network-svg]').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    await screenshot(page, 'network');

    await page.selectOption('#n-topic', 'maritime');
    await page.click('form[aria-label="Network filter"] button[type=submit]');
    await page.waitForURL(/topic=maritime/);
    await page.locator('p[role=status]', { hasText: 'parties' }).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('svg[data-testid=network-svg] circle').length < n, all);
    await page.locator('svg a[aria-label^="Philippines (PHL)"]').click();
    await page.waitForURL(/\/dossier\/PHL$/);
    await page.locator('[data-testid=dossier]').waitFor();
  });

  it('colours the countries a party engaged with on the world map', async () => {
    await page.goto(`${stack.server.url}/map`);
    await page.fill('#m-party', 'VNM');
    await page.press('#m-party', 'Enter');
    await page.waitForURL(/\/map\?party=VNM/);
    await page.locator('svg[data-testid=map-svg] path.has-data').first().waitFor();
    expect(await page.locator('svg[data-testid=map-svg] path').count()).toBeGreaterThan(150);
    const dossier = (await (await fetch(`${stack.server.url}/api/dossier/VNM`)).json()) as {
      counterparts: { party: string }[];
    };
    const coloured = await page
      .locator('path.has-data')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(coloured).toContain('MNG');
    for (const code of coloured) expect(dossier.counterparts.map((c) => c.party)).toContain(code);
    expect(await page.locator('path.has-data[data-code=MNG]').getAttribute('fill')).not.toBe('#e4e4e4');
    expect(await page.locator('path[data-code=VNM]').getAttribute('fill')).toBe('#e08a1e');
    await screenshot(page, 'map');
  });

  it('is keyboard-navigable with a visible focus, and every control is labelled', async () => {
    await page.goto(`${stack.server.url}/`);
    await page.locator('[data-testid=result-count]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Network' && steps++ < 10)
      await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/network$/);
    await page.locator('svg circle').first().waitFor();
    // Nodes are links reachable with Tab and opened with Enter.
    await page.locator('svg[data-testid=network-svg] a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dossier\//);
    for (const [, path, ready] of VIEWS) {
      await page.goto(`${stack.server.url}${path}`);
      await page.locator(ready).first().waitFor();
      expect(await unlabelledControls(page), path).toEqual([]);
    }
  });

  it('fits a 390 px screen on every view (screenshots at 390 px)', async () => {
    const small = await stack.newPage(390);
    for (const [name, path, ready] of VIEWS) {
      await small.goto(`${stack.server.url}${path}`);
      await small.locator(ready).first().waitFor();
      const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      await screenshot(small, name);
    }
    await small.close();
    for (const [name, path, ready] of VIEWS.filter(([n]) => ['document', 'ingest'].includes(n))) {
      await page.goto(`${stack.server.url}${path}`);
      await page.locator(ready).first().waitFor();
      await screenshot(page, name);
    }
    expect(stack.pageErrors).toEqual([]);
  });
});
