// Writes a deterministic synthetic corpus of diplomatic news articles for the benchmark.
// Article i depends only on (seed, i), so a larger corpus starts with the same articles.
// Usage: node --import tsx bench/generateCorpus.ts [--articles N] [--seed S]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRng, hashSeed } from './rng.ts';
import { loadVocab, type Country, type Vocab } from './vocab.ts';
import { type Draft, type G, fmtDate, filler, makeDay, pair } from './corpus/common.ts';
import * as official from './corpus/official.ts';
import * as press from './corpus/press.ts';
import * as visits from './corpus/visits.ts';

/** Bump when templates change, so a cached corpus is not reused. */
const GENERATOR_VERSION = 3;
const MAX_BYTES = 12 * 1024;
const MIN_BYTES = 1024;

const STYLES: [(g: G) => Draft, number][] = [
  [official.readout, 8],
  [official.mfaTalks, 8],
  [official.meaSummary, 6],
  [official.mofaOverview, 6],
  [official.phoneCalls, 8],
  [visits.plannedVisit, 5],
  [visits.stateVisit, 6],
  [visits.multilateral, 7],
  [press.courtesyCall, 8],
  [press.statistics, 6],
  [press.postponed, 4],
  [press.wire, 8],
  [press.vnOutlet, 7],
  [press.interview, 4],
  [visits.unHead, 5],
  [visits.kemlu, 4],
];
const TOTAL_WEIGHT = STYLES.reduce((s, [, w]) => s + w, 0);

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const size = (parts: string[]): number => Buffer.byteLength(parts.join('\n\n'));

function toHtml(g: G, title: string, head: string[], body: string[], tail: string[]): string {
  const when = fmtDate(g, g.day, 2);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(title)} | Press Releases</title>`,
    `<meta property="og:title" content="${esc(title).replace(/"/g, '&quot;')}">`,
    `<meta property="article:published_time" content="${when}T10:00:00+00:00">`,
    '</head>',
    '<body>',
    '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">Newsroom</a></li><li><a href="/about">About</a></li></ul></nav></header>',
    `<div class="breadcrumb">${head.slice(0, -1).map(esc).join(' &gt; ')}</div>`,
    '<main>',
    '<article>',
    `<h1>${esc(title)}</h1>`,
    `<span class="date">${when}</span>`,
    ...body.map((p) => `<p>${esc(p)}</p>`),
    '</article>',
    `<aside class="related"><ul>${tail.map((t) => `<li><a href="#">${esc(t)}</a></li>`).join('')}</ul></aside>`,
    '</main>',
    '<footer><p>&copy; Ministry of Foreign Affairs. All Rights Reserved.</p></footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface Article {
  name: string;
  style: string;
  text: string;
}

export function generateArticle(seed: number, index: number, vocab: Vocab): Article {
  const r = createRng(hashSeed(seed, index));
  const g: G = { r, v: vocab, day: makeDay(r) };
  let pickAt = r.next() * TOTAL_WEIGHT;
  let make = STYLES[0]![0];
  for (const [fn, w] of STYLES)
    if ((pickAt -= w) < 0) {
      make = fn;
      break;
    }
  const d = make(g);
  const target = Math.min(MAX_BYTES, Math.max(MIN_BYTES, Math.round(4500 * Math.exp(0.5 * r.gauss()))));
  const extras = r.chance(0.4) ? r.shuffle(d.extra) : [...d.extra];
  const lead = d.lead.length > 1 && r.chance(0.2) ? [d.lead[1]!, d.lead[0]!, ...d.lead.slice(2)] : d.lead;
  const frame = [...d.head, ...d.tail];
  const body = [...lead, ...extras];
  while (body.length > lead.length && size([...frame, ...body]) > target) body.pop();
  const parties = d.parties.length > 1 ? d.parties : [...d.parties, ...pair(g)];
  while (size([...frame, ...body]) < target) {
    const [a, b] = r.sample(parties, 2) as [Country, Country];
    const p = d.more && r.chance(0.45) ? d.more() : filler(g, a, b);
    if (size([...frame, ...body, p]) > MAX_BYTES) break;
    body.splice(r.int(lead.length, body.length), 0, p);
  }
  const html = r.chance(0.1);
  const head = [...d.head];
  if (!html && d.style !== 'un-head' && r.chance(0.06)) head[0] = ` date ${fmtDate(g, g.day, 2)} ${head[0] ?? ''}`;
  const title = d.head.find((l) => l.length > 40 && !l.includes('>')) ?? d.head[0] ?? 'News';
  const text = html
    ? toHtml(g, title, head, body, d.tail)
    : `${head.join('\n')}\n\n${body.join('\n\n')}\n${d.tail.length ? `\n${d.tail.join('\n')}\n` : ''}`;
  const name = `${String(index).padStart(5, '0')}-${d.style}.${html ? 'html' : 'txt'}`;
  return { name, style: d.style, text };
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
  reused: boolean;
}

interface Manifest {
  version: number;
  seed: number;
  count: number;
  files: string[];
  bytes: number;
}

/** Generates the corpus into os.tmpdir(), or reuses it when a complete one for (seed, count) exists. */
export function ensureCorpus(seed: number, count: number): Corpus {
  const dir = join(tmpdir(), `sidelines-bench-corpus-v${GENERATOR_VERSION}-s${seed}-n${count}`);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const complete = m.version === GENERATOR_VERSION && m.seed === seed && m.count === count;
    if (complete && m.files.every((f) => existsSync(join(dir, f))))
      return { dir, files: m.files, bytes: m.bytes, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const vocab = loadVocab();
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const a = generateArticle(seed, i, vocab);
    writeFileSync(join(dir, a.name), a.text);
    files.push(a.name);
    bytes += Buffer.byteLength(a.text);
  }
  const manifest: Manifest = { version: GENERATOR_VERSION, seed, count, files, bytes };
  writeFileSync(manifestPath, JSON.stringify(manifest)); // written last: marks the corpus complete
  return { dir, files, bytes, reused: false };
}

function argValue(args: string[], flag: string, fallback: number): number {
  const i = args.indexOf(flag);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`${flag} expects a non-negative integer`);
  return v;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const c = ensureCorpus(argValue(args, '--seed', 1), argValue(args, '--articles', 5000));
  const kb = c.bytes / c.files.length / 1024;
  console.log(
    `${c.reused ? 'reused' : 'wrote'} ${c.files.length} articles (${(c.bytes / 1048576).toFixed(1)} MB, mean ${kb.toFixed(1)} KB) in ${c.dir}`,
  );
}
