// Summarises a V8 .cpuprofile: top functions by self time and by total (inclusive) time, and self
// time per file. Optionally restricted to samples under a function (e.g. the pipeline's per-article
// call, to leave out corpus generation and the floor pass).
// Usage: node --import tsx bench/profileSummary.ts FILE.cpuprofile [--under pipelineOne] [--top 30]
import { readFileSync } from 'node:fs';
import { findSourceMap, type SourceMap } from 'node:module';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const args = process.argv.slice(2);
const file = args.find(
  (a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--under' && args[args.indexOf(a) - 1] !== '--top',
);
if (!file) throw new Error('usage: profileSummary.ts FILE.cpuprofile [--under NAME] [--top N]');
const under = args.includes('--under') ? args[args.indexOf('--under') + 1] : undefined;
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30;

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Paths are shown relative to the checkout this script lives in (any worktree, not one fixed path).
const repoRoot = new URL('..', import.meta.url).pathname;
const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(repoRoot, '')
    .replace(/^.*\/node_modules\//, 'node_modules/');

// tsx emits each module on one line; map positions back to the .ts source through the source
// maps tsx registers when the same files are imported here (same files, same transpiled output).
process.setSourceMapsEnabled(true);
const tsUrls = new Set(
  profile.nodes
    .map((n) => n.callFrame.url)
    .filter(
      (u) => u.startsWith('file://') && u.endsWith('.ts') && u.includes('/src/') && !u.includes('/node_modules/'),
    ),
);
const maps = new Map<string, SourceMap>();
for (const url of tsUrls) {
  try {
    await import(url);
    const sm = findSourceMap(url);
    if (sm) maps.set(url, sm);
  } catch {
    // not importable here: keep the generated position
  }
}
const line = (f: CallFrame): number => {
  const e = maps.get(f.url)?.findEntry(f.lineNumber, f.columnNumber);
  return e && 'originalLine' in e ? e.originalLine + 1 : f.lineNumber + 1;
};
const label = (f: CallFrame): string =>
  `${f.functionName || '(anonymous)'}  ${shortUrl(f.url) || '(native)'}${f.url ? `:${line(f)}` : ''}`;

/** Ancestor chain of a node (itself first). */
function chain(id: number): ProfileNode[] {
  const out: ProfileNode[] = [];
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (n) out.push(n);
  }
  return out;
}

/** Coarse bucket: native regex, a package, a src/ folder, or a V8 pseudo-frame such as (garbage collector). */
const category = (f: CallFrame): string => {
  if (f.functionName.startsWith('RegExp:')) return 'RegExp execution (native)';
  const u = shortUrl(f.url);
  if (u.startsWith('node_modules/'))
    return u
      .split('/')
      .slice(0, u.split('/')[1]?.startsWith('@') ? 3 : 2)
      .join('/');
  if (u.startsWith('src/')) return u.split('/').slice(0, -1).join('/') + '/';
  return u ? 'node internals' : f.functionName;
};
const byCategory = new Map<string, number>();
let gcAll = 0;
const self = new Map<string, number>();
const total = new Map<string, number>();
const perFile = new Map<string, number>();
let counted = 0;
let all = 0;
const chains = new Map<number, ProfileNode[]>();
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000; // ms this sample stands for
  all += dt;
  let c = chains.get(id);
  if (!c) chains.set(id, (c = chain(id)));
  if (c[0]?.callFrame.functionName === '(garbage collector)') gcAll += dt;
  if (under && !c.some((n) => n.callFrame.functionName === under)) return;
  counted += dt;
  const leaf = c[0];
  if (!leaf) return;
  self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + dt);
  const fileKey = shortUrl(leaf.callFrame.url) || leaf.callFrame.functionName;
  perFile.set(fileKey, (perFile.get(fileKey) ?? 0) + dt);
  byCategory.set(category(leaf.callFrame), (byCategory.get(category(leaf.callFrame)) ?? 0) + dt);
  for (const key of new Set(c.map((n) => label(n.callFrame)))) total.set(key, (total.get(key) ?? 0) + dt);
});

const print = (title: string, m: Map<string, number>, n: number): void => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${((ms / counted) * 100).toFixed(1).padStart(5)} %  ${k}`);
  }
};
console.log(
  `${file}: ${all.toFixed(0)} ms sampled${under ? `, ${counted.toFixed(0)} ms under ${under}()` : ''}; garbage collector ${gcAll.toFixed(0)} ms overall (not attributed to callers)`,
);
print('Self time by category', byCategory, 20);
print('Top self time by function', self, top);
print('Self time by file', perFile, Math.min(top, 25));
print(
  'Top total (inclusive) time by function, src/ only',
  new Map([...total].filter(([k]) => k.includes(' src/'))),
  top,
);
