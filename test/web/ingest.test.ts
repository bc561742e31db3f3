// End-to-end in chromium: ingest from the browser. Uploaded files and pasted text go to
// POST /api/ingest with the token, with progress and a result per item, and the new article's
// engagements appear; a wrong token is reported per item. An article full of markup
// (<script>, <img onerror>, javascript: links) is shown as text everywhere and runs nothing.
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expect } from '../expect.ts';
import { screenshot, skipBrowser, startStack, TOKEN, type Stack } from './browserHarness.ts';

const ARTICLE = `Vietnam and Australia foreign ministers meet in Hanoi
Hanoi, March 5, 2025

Vietnamese Minister of Foreign Affairs Bui Thanh Son held talks with Australian Minister for Foreign Affairs Penny Wong in Hanoi on March 4, the Ministry of Foreign Affairs of Viet Nam said.

The two ministers discussed cooperation in trade, education and climate change, and agreed to deepen the comprehensive strategic partnership between the two countries. Minister Son asked Australia to further open its market to Vietnamese agricultural products.
`;

const HOSTILE = `Ghana and Kenya foreign ministers meet in Accra <img src=x onerror="window.__xss='title-img'">
Accra, June 3, 2025

Ghanaian Minister for Foreign Affairs Samuel Okudzeto Ablakwa met Kenyan Foreign Minister Musalia Mudavadi in Accra on June 2, the Ministry of Foreign Affairs of Ghana said.

The two ministers discussed trade and agriculture. <script>window.__xss='script'</script> <img src=x onerror="window.__xss='img'"> <svg onload="window.__xss='svg'"></svg> Read more: <a href="javascript:window.__xss='link'">click me</a> or javascript:window.__xss='bare'.
`;

describe('web UI: ingest from the browser; hostile article text stays text', { skip: skipBrowser }, () => {
  let stack: Stack;
  let page: Page;
  const results = () => page.locator('[data-testid=ingest-results] li');
  before(async () => {
    stack = await startStack();
    page = await stack.newPage(1280);
  });
  after(async () => {
    await stack?.stop();
  });

  it('uploads a file with the token, shows progress and its result, and its engagements appear', async () => {
    await page.goto(`${stack.server.url}/ingest`);
    await page.fill('#i-token', TOKEN);
    await page.setInputFiles('#i-files', [
      { name: 'vnm-aus.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('   \n') },
    ]);
    await page.click('form.ingest button[type=submit]');
    await page.locator('[role=status]', { hasText: '2 of 2 items done' }).waitFor();
    expect(await page.locator('progress').getAttribute('value')).toBe('2');
    const first = results().nth(0);
    expect(await first.getAttribute('data-state')).toBe('done');
    expect(await first.textContent()).toMatch(/vnm-aus\.txt: stored, 1 engagement/);
    expect(await results().nth(1).getAttribute('data-state')).toBe('failed');
    await screenshot(page, 'ingest-results');

    await first.locator('a').click();
    await page.waitForURL(/\/document\/\d+$/);
    const row = page.locator('table.engagements tbody tr').first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Australia.*Vietnam|Vietnam.*Australia/);
    expect(await row.textContent()).toContain('Penny Wong');

    await page.goto(`${stack.server.url}/?pair=VNM,AUS`);
    await page.locator('table.engagements tbody tr', { hasText: 'Penny Wong' }).waitFor();
  });

  it('reports a wrong token per item without storing anything', async () => {
    const before = (await (await fetch(`${stack.server.url}/api/stats`)).json()) as { documents: number };
    await page.goto(`${stack.server.url}/ingest`);
    await page.fill('#i-token', 'wrong-token-0123456789');
    await page.fill('#i-text', ARTICLE.replace('March 4', 'March 3'));
    await page.click('form.ingest button[type=submit]');
    await page.locator('[data-testid=ingest-results] li[data-state=failed]').waitFor();
    expect(await results().first().textContent()).toMatch(/failed \(403/);
    const after = (await (await fetch(`${stack.server.url}/api/stats`)).json()) as { documents: number };
    expect(after.documents).toBe(before.documents);
  });

  it('shows an article full of markup as text and runs none of it', async () => {
    await page.goto(`${stack.server.url}/ingest`);
    await page.fill('#i-token', TOKEN);
    await page.fill('#i-text', HOSTILE);
    await page.fill('#i-source', `<script>window.__xss='source'</script>`);
    await page.click('form.ingest button[type=submit]');
    await page.locator('[data-testid=ingest-results] li[data-state=done]').waitFor();
    await results().first().locator('a').click();
    await page.waitForURL(/\/document\/\d+$/);
    const article = page.locator('[data-testid=article-text]');
    await article.waitFor();
    expect(await article.textContent()).toContain(`<script>window.__xss='script'</script>`);
    expect(await article.textContent()).toContain(`<a href="javascript:window.__xss='link'">click me</a>`);
    expect(await article.textContent()).toContain(`<img src=x onerror="window.__xss='title-img'">`);
    // Untitled text: the heading shows the (hostile) source label, as text.
    expect(await page.locator('.article h3').textContent()).toBe(`<script>window.__xss='source'</script>`);
    expect(await page.locator('.article dd').first().textContent()).toBe(`<script>window.__xss='source'</script>`);

    // The engagement page renders the same text with evidence marks: still text.
    await page.locator('table.engagements a.open').first().click();
    await page.waitForURL(/\/engagement\/\d+/);
    await page.locator('[data-testid=article-text] mark').first().waitFor();
    await page.locator('[data-testid=article-text]', { hasText: 'click me' }).click();
    await page.waitForTimeout(300);

    const dom = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: string }).__xss ?? null,
      scripts: [...document.scripts].map((s) => s.src),
      imgs: document.querySelectorAll('img').length,
      svgInArticle: document.querySelectorAll('[data-testid=article-text] svg, .article svg').length,
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ).length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
        .length,
    }));
    expect(dom.xss).toBeNull();
    expect(dom.scripts).toEqual([expect.stringMatching(/\/app\.js\?v=/)]);
    expect(dom).toMatchObject({ imgs: 0, svgInArticle: 0, jsLinks: 0, handlers: 0 });
    expect(stack.pageErrors).toEqual([]);
  });
});
