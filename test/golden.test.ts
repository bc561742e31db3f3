// Golden fixtures: test/fixtures/<case>/ holds an article we wrote (input.txt or input.html),
// its hand-annotated records (expected.gold.json, the SCHEMA.md gold format) and the last
// reviewed output of the extractor (expected.json). The output must equal expected.json, which
// is refreshed only with UPDATE_FIXTURES=1 (npm run fixtures:update) and reviewed as a diff;
// and the output, scored by the shared scorer against the gold, must stay above the bar.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from './expect.ts';
import { extractBytes } from '../src/pipeline/index.ts';
import { createStages } from '../src/pipeline/index.ts';
import { context } from './helpers.ts';

const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root)
  .filter((c) => existsSync(join(root, c, 'expected.gold.json')))
  .sort();
const update = process.env.UPDATE_FIXTURES === '1';
const stages = createStages();

function inputOf(c: string): string {
  const name = readdirSync(join(root, c)).find((f) => f.startsWith('input.'));
  if (!name) throw new Error(`expected an input.* file in fixture ${c}, got none`);
  return join(root, c, name);
}

function extract(c: string) {
  const file = inputOf(c);
  const out = extractBytes(
    { source: `${c}${file.slice(file.lastIndexOf('.'))}`, bytes: readFileSync(file) },
    context(),
    stages,
  );
  if (!out.ok) throw new Error(`expected fixture ${c} to extract, got: ${out.reason}`);
  return out.record;
}

describe('golden fixtures', () => {
  it('has at least 12 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const c of cases) {
    it(`${c}: output equals the reviewed expected.json`, () => {
      const record = extract(c);
      const path = join(root, c, 'expected.json');
      const json = `${JSON.stringify(record, null, 2)}\n`;
      if (update || !existsSync(path)) writeFileSync(path, json);
      expect(json).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('scores at least 0.90 headline and 0.90 event F1 against the hand-written gold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidelines-golden-'));
    const documents = cases.map((c) => {
      copyFileSync(join(root, c, 'expected.gold.json'), join(dir, `${c}.gold.json`));
      return extract(c);
    });
    writeFileSync(join(dir, 'pred.json'), JSON.stringify({ documents }));
    const scorer = join(import.meta.dirname, '..', '..', 'shared', 'eval', 'score.mjs');
    const report = JSON.parse(
      execFileSync('node', [scorer, '--gold', dir, '--pred', join(dir, 'pred.json'), '--json'], { encoding: 'utf8' }),
    );
    expect(report.documents_missing).toBe(0);
    expect(report.events.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.headline).toBeGreaterThanOrEqual(0.9);
  });

  it('finds no engagement in the fixtures whose gold has none', () => {
    for (const c of cases) {
      const gold = JSON.parse(readFileSync(join(root, c, 'expected.gold.json'), 'utf8'));
      if (gold.events.length === 0) expect({ case: c, events: extract(c).events }).toEqual({ case: c, events: [] });
    }
  });
});
