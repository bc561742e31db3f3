// Reliability bar: a directory of 25+ kinds of bad input (plus bad URLs on a loopback server)
// next to three good articles. Each bad one is reported with its reason, the good ones are
// stored, the exit code is 1, and a second run changes nothing in the database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { writeBadInputs, type BadInputs } from './badInputFiles.ts';
import { startLoopback, type Loopback } from './loopbackServer.ts';
import { runCli, summaryOf, type Summary } from './runCli.ts';

let web: Loopback;
let dir = '';
let fx: BadInputs;

before(async () => {
  web = await startLoopback();
  dir = mkdtempSync(join(tmpdir(), 'sidelines-bad-'));
  fx = writeBadInputs(dir, web.base);
});

after(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

function checkFailures(s: Summary): void {
  const reported = new Map(s.failures.map((f) => [f.source, f.reason]));
  for (const [source, reason] of fx.expected) {
    expect(reported.get(source), `${source} should be reported`).toMatch(reason);
  }
  expect(
    [...reported.keys()].filter((k) => !fx.expected.has(k)),
    'unexpected failures',
  ).toEqual([]);
  expect(s.skips).toEqual([
    {
      source: join(fx.inputs, 'big-feed.xml'),
      count: 9500,
      reason: '9500 of 10000 feed items skipped (limit 500 per feed)',
    },
  ]);
}

it('reports every bad input with its reason, stores the good ones, and a re-run changes nothing', async (t) => {
  if (fx.unreadableSkipped) t.diagnostic(fx.unreadableSkipped);
  const db = join(dir, 'bad.db');
  const args = ['ingest', fx.inputs, ...fx.urls, '--db', db, '--json', '--timeout', '1'];
  const first = await runCli(args);
  expect(first.code, first.stderr).toBe(1);
  const s1 = summaryOf(first);
  expect(fx.expected.size).toBeGreaterThanOrEqual(30);
  checkFailures(s1);
  // The three good files, plus the big feed's 500 identical items stored once.
  expect(s1).toMatchObject({
    new: 4,
    unchanged: 499,
    newVersions: 0,
    failed: fx.expected.size,
    skipped: 9500,
    documents: 4,
  });

  const store = await openStore({ url: db });
  const stored = await Promise.all([1, 2, 3, 4, 5].map((id) => store.document(id)));
  const before = await store.stats();
  await store.close();
  // In walk order: names sorted by code point, so big-feed.xml comes before good-1.txt.
  expect(stored.map((d) => d?.source ?? null)).toEqual([`${join(fx.inputs, 'big-feed.xml')}#item-1`, ...fx.good, null]);

  const second = await runCli(args);
  expect(second.code).toBe(1);
  const s2 = summaryOf(second);
  checkFailures(s2);
  expect(s2).toMatchObject({
    new: 0,
    unchanged: 503,
    newVersions: 0,
    nearDuplicates: 0,
    failed: fx.expected.size,
    documents: 4,
    engagements: s1.engagements,
  });
  const again = await openStore({ url: db });
  expect(await again.stats()).toEqual(before); // not one row written: lastIngestedAt unchanged too
  await again.close();
  t.diagnostic(`first run ${Math.round(first.ms)} ms, second run ${Math.round(second.ms)} ms`);
});
