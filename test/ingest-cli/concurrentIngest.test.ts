// Two `sidelines ingest` processes writing to one database at the same time. A batch reads what
// it needs from the database inside its write transaction, after taking the write lock (SQLite's
// BEGIN IMMEDIATE, PostgreSQL's advisory lock), so whichever commits second sees the other's
// engagements: one meeting told by both sides ends up one engagement with two sources, whatever
// the order, and nothing is stored twice.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { createSchema, pgSkip, type PgSchema } from '../pgSchema.ts';
import { makeArticle } from './articleCorpus.ts';
import { runCli, summaryOf } from './runCli.ts';

// Written for this test: one meeting, as each side's ministry told it.
const KENYA_SIDE = `Kenya and South Africa deepen cooperation
NAIROBI, August 12, 2025 - Cabinet Secretary Musalia Mudavadi met South African Minister of International Relations Ronald Lamola in Nairobi on August 11 to discuss trade and security.`;
const SOUTH_AFRICA_SIDE = `Minister Lamola meets Kenyan counterpart
PRETORIA, August 12, 2025 - Minister Ronald Lamola held talks with Kenya's Cabinet Secretary for Foreign Affairs Musalia Mudavadi in Nairobi on August 11. They discussed trade, security and energy.`;

let dir = '';
const pgSchemas: PgSchema[] = [];

/** Two directories: each side's report among other articles, and one article in both. */
function inputs(): [string, string] {
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  for (const d of [a, b]) mkdirSync(d, { recursive: true });
  writeFileSync(join(a, 'kenya.txt'), KENYA_SIDE);
  writeFileSync(join(b, 'south-africa.txt'), SOUTH_AFRICA_SIDE);
  for (let i = 0; i < 6; i++) {
    const x = makeArticle(900 + i);
    writeFileSync(join(i % 2 ? a : b, x.name), x.text);
  }
  const shared = makeArticle(950);
  writeFileSync(join(a, shared.name), shared.text);
  writeFileSync(join(b, shared.name), shared.text);
  return [a, b];
}

const targets: { name: string; skip: string | false; url: (round: number) => Promise<string> }[] = [
  { name: 'sqlite', skip: false, url: async (round) => join(dir, `race-${round}.db`) },
  {
    name: 'postgres',
    skip: pgSkip,
    url: async () => {
      const s = await createSchema('concurrent');
      pgSchemas.push(s);
      return s.url;
    },
  },
];

describe('two ingest processes at once', () => {
  let a = '';
  let b = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sidelines-concurrent-'));
    [a, b] = inputs();
  });
  after(async () => {
    for (const s of pgSchemas) await s.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const target of targets)
    it(`merge one meeting and store a shared article once (${target.name})`, { skip: target.skip }, async () => {
      for (let round = 0; round < 3; round++) {
        const url = await target.url(round);
        // The schema (or file) exists before the race: both processes then only migrate a no-op.
        await (await openStore({ url })).close();
        const [first, second] = await Promise.all([
          runCli(['ingest', a, '--db', url, '--json']),
          runCli(['ingest', b, '--db', url, '--json']),
        ]);
        expect(first.code, first.stderr).toBe(0);
        expect(second.code, second.stderr).toBe(0);
        const saved = [summaryOf(first), summaryOf(second)];
        expect(saved.reduce((n, s) => n + Number(s.new), 0)).toBe(9);
        expect(saved.reduce((n, s) => n + Number(s.unchanged), 0)).toBe(1);
        const store = await openStore({ url });
        try {
          const meeting = await store.engagements({ pair: ['KEN', 'ZAF'] });
          expect(meeting.total).toBe(1);
          expect(meeting.items[0]!.sources).toHaveLength(2);
          expect((await store.stats()).documents).toBe(9);
        } finally {
          await store.close();
        }
      }
    });
});
