// The edge of the ingest commands, in process: option and environment parsing (durations, the
// database choice, when a progress bar is drawn), the summary's table and exit code, and the
// progress bar itself on a stream that claims to be a terminal.
import { PassThrough, Writable } from 'node:stream';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import type { Io } from '../../src/cli/config.ts';
import { parseDuration, parseIngestConfig } from '../../src/cli/ingestConfig.ts';
import { emptySummary, exitCode, formatSummary, countFailure, countSkipped } from '../../src/cli/ingestSummary.ts';
import { createProgress } from '../../src/cli/progressBar.ts';
import { autoWorkerCount } from '../../src/ingest/extractionLimits.ts';
import { expect } from '../expect.ts';

class Sink extends Writable {
  text = '';
  isTTY: boolean;
  columns = 120;
  constructor(tty: boolean) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function io(opts: { tty?: boolean; env?: Record<string, string> } = {}): Io {
  return {
    stdout: new Sink(false),
    stderr: new Sink(opts.tty ?? false),
    stdin: new PassThrough(),
    env: opts.env ?? {},
    cwd: '/work/here',
  };
}

describe('ingest options', () => {
  it('parses --every durations in s, m and h', () => {
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration(' 2M ')).toBe(120_000);
    for (const bad of ['0s', '0.5s', '10', '10x', 'm', '-5m', '1e3s', '']) expect(parseDuration(bad), bad).toBe(null);
  });

  it('takes the database from --db, else DATABASE_URL, else ./sidelines.db in the cwd', () => {
    const env = { DATABASE_URL: 'postgres://u:p@127.0.0.1/x' };
    expect(parseIngestConfig('ingest', ['a'], { db: 'mine.db' }, io({ env })).dbUrl).toBe(
      join('/work/here', 'mine.db'),
    );
    expect(parseIngestConfig('ingest', ['a'], {}, io({ env })).dbUrl).toBe(env.DATABASE_URL);
    expect(parseIngestConfig('ingest', ['a'], {}, io({ env: { DATABASE_URL: ' ' } })).dbUrl).toBe(
      join('/work/here', 'sidelines.db'),
    );
    expect(parseIngestConfig('ingest', ['a'], { db: '/abs/x.db' }, io()).dbUrl).toBe('/abs/x.db');
  });

  it('draws a progress bar only when stderr is a terminal and the output is not JSON', () => {
    expect(parseIngestConfig('ingest', ['a'], {}, io({ tty: true })).progress).toBe(true);
    expect(parseIngestConfig('ingest', ['a'], { json: true }, io({ tty: true })).progress).toBe(false);
    expect(parseIngestConfig('ingest', ['a'], {}, io({ tty: false })).progress).toBe(false);
  });

  it('converts --timeout, --max-feed-items, --batch and --every, and refuses bad values', () => {
    const c = parseIngestConfig(
      'watch',
      ['f'],
      { timeout: '2.5', maxFeedItems: '40', batch: '7', every: '1h', once: true },
      io(),
    );
    expect(c).toMatchObject({ timeoutMs: 2500, maxFeedItems: 40, batch: 7, everyMs: 3_600_000, once: true });
    const d = parseIngestConfig('ingest', ['f'], {}, io());
    expect(d).toMatchObject({ timeoutMs: 15_000, maxFeedItems: 500, batch: 500, everyMs: 900_000, once: false });
    expect(parseIngestConfig('ingest', ['f'], { batch: '5000' }, io()).batch).toBe(5000);
    // Both backends save a batch in bulk, so PostgreSQL batches as SQLite does.
    expect(parseIngestConfig('ingest', ['f'], { db: 'postgres://u@h/d' }, io()).batch).toBe(500);
    expect(parseIngestConfig('ingest', ['f'], { db: 'postgres://u@h/d', batch: '200' }, io()).batch).toBe(200);
    for (const bad of [
      { timeout: '0' },
      { timeout: 'x' },
      { maxFeedItems: '-1' },
      { batch: '0' },
      { batch: '5001' },
      { batch: '2.5' },
      { every: 'soon' },
      { db: '  ' },
      { workers: '-1' },
      { workers: '17' },
      { workers: '1.5' },
      { workers: '' },
      { workers: 'Auto' },
    ]) {
      expect(() => parseIngestConfig('ingest', ['f'], bad, io()), JSON.stringify(bad)).toThrow(z.ZodError);
    }
  });

  it('extracts on the main thread by default; auto: cores - 1 workers (at most 4) after a threshold; N at once', () => {
    expect(parseIngestConfig('ingest', ['f'], {}, io())).toMatchObject({ workers: 0, workersAsked: false });
    expect([1, 2, 3, 5, 8, 64].map(autoWorkerCount)).toEqual([0, 1, 2, 4, 4, 4]);
    expect(parseIngestConfig('ingest', ['f'], { workers: 'auto' }, io())).toMatchObject({
      workers: autoWorkerCount(availableParallelism()),
      workersAsked: false,
    });
    expect(parseIngestConfig('watch', ['f'], { workers: '3' }, io())).toMatchObject({
      workers: 3,
      workersAsked: true,
    });
    expect(parseIngestConfig('ingest', ['f'], { workers: '0' }, io())).toMatchObject({ workers: 0 });
    expect(parseIngestConfig('ingest', ['f'], { workers: '16' }, io()).workers).toBe(16);
  });
});

describe('summary', () => {
  it('lists failures and skipped feed items, and exits 1 when there are any', () => {
    const s = emptySummary('ingest', '/tmp/x.db');
    s.new = 2;
    expect(exitCode(s)).toBe(0);
    countSkipped(s, 'feed.xml', '10 of 20 feed items skipped (limit 10 per feed)', 10);
    expect(exitCode(s)).toBe(1);
    countFailure(s, 'bad\nname.txt', 'empty file');
    const text = formatSummary(s);
    expect(text).toMatch(/^ingest: \/tmp\/x\.db \(0\.00 s\)\n {2}new {14}2\n/);
    expect(text).toContain('\nfailed:\n  bad name.txt: empty file\n');
    expect(text).toContain('\nskipped:\n  feed.xml: 10 of 20 feed items skipped (limit 10 per feed)');
  });
});

describe('progress bar', () => {
  it('draws on a terminal stream, grows with feeds, and is silent when disabled', () => {
    const tty = new Sink(true);
    const bar = createProgress(true, tty, 2, 'ingest');
    bar.grow(2);
    for (const label of ['a.txt', 'b.txt', 'feed item', 'feed item']) bar.tick(label);
    bar.stop();
    expect(tty.text).toContain('4/4');
    const quiet = new Sink(true);
    const off = createProgress(false, quiet, 2, 'ingest');
    off.tick('a');
    off.stop();
    expect(quiet.text).toBe('');
  });
});
