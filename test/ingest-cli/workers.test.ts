// `sidelines ingest --workers N` through the real CLI: ~300 generated articles with unreadable
// files and a missing path among them give the same database (every table, row for row) and the
// same summary (failures in the same order) with extraction workers as on the main thread only,
// with the workers asked for and with --workers auto (started after WORKERS_START_AFTER
// documents); the process exits as soon as the summary is out; `watch` stops promptly on SIGINT
// with workers running; bad --workers values are usage errors.
import SqliteDatabase from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateArticle } from '../../bench/generateCorpus.ts';
import { loadVocab } from '../../bench/vocab.ts';
import { WORKERS_START_AFTER } from '../../src/ingest/extractionLimits.ts';
import { expect } from '../expect.ts';
import { sqliteContents } from '../ingest/sqliteContents.ts';
import { runMain } from '../cli/runMain.ts';
import { runCli, summaryOf, type CliResult, type Summary } from './runCli.ts';

const PER_DIR = 150;
let dir = '';
let inputs: string[] = [];
let inline: { db: string; summary: Summary };

/** The summary without what differs between two runs of the same inputs. */
function comparable(s: Summary): Summary {
  return { ...s, seconds: 0, db: '' };
}

/** Runs `ingest` into a fresh database; also how long the process took to exit after printing. */
async function ingest(name: string, extra: string[]): Promise<{ db: string; r: CliResult; exitAfterMs: number }> {
  const db = join(dir, `${name}.db`);
  let printedAt = 0;
  // Batches small enough that the 5 s wait bound never cuts one: every run saves the same batches.
  const r = await runCli(['ingest', ...inputs, '--db', db, '--json', '--batch', '25', ...extra], {
    onSpawn: (child) => child.stdout?.once('data', () => (printedAt = performance.now())),
  });
  return { db, r, exitAfterMs: performance.now() - printedAt };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sidelines-workers-'));
  const vocab = loadVocab();
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  mkdirSync(a);
  mkdirSync(b);
  for (let i = 0; i < 2 * PER_DIR; i++) {
    const art = generateArticle(3, i, vocab);
    writeFileSync(join(i < PER_DIR ? a : b, art.name), art.text);
  }
  // Failures among the documents, found by the pipeline (on a worker) or before it.
  writeFileSync(join(a, '00040-empty.txt'), '');
  writeFileSync(join(b, '00210-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  writeFileSync(join(b, '00260-page.html'), '<html><head><title>Only a head</title></head></html>');
  inputs = [a, join(dir, 'missing'), b];
  const db = join(dir, 'inline.db');
  const r = await runCli(['ingest', ...inputs, '--db', db, '--json', '--batch', '25', '--workers', '0']);
  expect(r.code, r.stderr).toBe(1);
  inline = { db, summary: summaryOf(r) };
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest --workers', () => {
  it('the reference run stores every article and reports the failures in input order', () => {
    expect(inline.summary.new).toBe(2 * PER_DIR);
    expect(inline.summary.failures.map((f) => f.source.replace(`${dir}/`, ''))).toEqual([
      'a/00040-empty.txt',
      'missing',
      'b/00210-image.png',
      'b/00260-page.html',
    ]);
  });

  it('stores the same database and summary with two workers, and exits right after the summary', async () => {
    const run = await ingest('two', ['--workers', '2']);
    expect(run.r.code, run.r.stderr).toBe(1);
    expect(run.r.stderr).toBe('');
    expect(comparable(summaryOf(run.r))).toEqual(comparable(inline.summary));
    expect(sqliteContents(run.db)).toEqual(sqliteContents(inline.db));
    expect(run.exitAfterMs).toBeLessThan(2000);
  });

  it('stores the same database with --workers auto, started after the first documents', async (t) => {
    if (2 * PER_DIR <= WORKERS_START_AFTER) throw new Error('expected a corpus larger than the start threshold');
    t.diagnostic(`${availableParallelism()} cores: ${Math.min(4, availableParallelism() - 1)} auto worker(s)`);
    const run = await ingest('auto', ['--workers', 'auto']);
    expect(run.r.code, run.r.stderr).toBe(1);
    expect(comparable(summaryOf(run.r))).toEqual(comparable(inline.summary));
    expect(sqliteContents(run.db)).toEqual(sqliteContents(inline.db));
    expect(run.exitAfterMs).toBeLessThan(2000);
  });

  it('watch stops promptly on SIGINT while workers extract', async () => {
    const db = join(dir, 'watch.db');
    let signalledAt = 0;
    // Signalled once the first batch is stored: the worker is running by then.
    const stored = (): number => {
      try {
        const reader = new SqliteDatabase(db, { readonly: true, fileMustExist: true });
        try {
          return (reader.prepare('select count(*) as n from documents').get() as { n: number }).n;
        } finally {
          reader.close();
        }
      } catch {
        return 0; // not created or not migrated yet
      }
    };
    const r = await runCli(['watch', ...inputs, '--db', db, '--every', '1h', '--batch', '25', '--workers', '1'], {
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (stored() === 0) return;
          clearInterval(poll);
          signalledAt = performance.now();
          child.kill('SIGINT');
        }, 50);
        child.once('close', () => clearInterval(poll));
      },
    });
    expect(signalledAt).toBeGreaterThan(0);
    expect(stored()).toBeLessThan(2 * PER_DIR);
    expect(r.signal).toBe(null);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/watch stopped/);
    expect(performance.now() - signalledAt).toBeLessThan(5000);
  });

  it('refuses --workers values other than auto or a whole number from 0 to 16 (usage error)', async () => {
    for (const [command, value] of [
      ['ingest', 'two'],
      ['ingest', '1.5'],
      ['ingest', '-1'],
      ['ingest', '17'],
      ['watch', ''],
    ] as const) {
      const r = await runMain([command, join(dir, 'a'), '--db', join(dir, 'usage.db'), '--workers', value], {
        cwd: dir,
      });
      expect(r.code, `${command} --workers ${value}`).toBe(2);
      expect(r.stderr).toBe(
        `sidelines: ${command}: --workers: expected auto or a whole number from 0 to 16, got "${value}"\n`,
      );
    }
  });
});
