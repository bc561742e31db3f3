// Developer aid: prints predicted vs expected events of one fixture side by side.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const input = readdirSync(dir).find((f) => f.startsWith('input.'));
const out = JSON.parse(
  execFileSync('node', ['bin/sidelines.js', 'extract', '--json', `${dir}/${input}`], { encoding: 'utf8' }),
);
const gold = JSON.parse(readFileSync(`${dir}/expected.gold.json`, 'utf8'));
const line = (e) =>
  `${e.type}/${e.status} ${e.date} ${e.location?.city}/${e.location?.country} [${e.parties}] occ=${e.occasion} ppl=${(e.participants ?? []).map((p) => `${p.name}(${p.title};${p.affiliation})`).join(', ')} req=${JSON.stringify((e.requests ?? []).map((r) => [r.by, r.of, r.kind]))}`;
console.log('GOLD', gold.published);
for (const e of gold.events) console.log('  ', e.optional ? '(opt)' : '     ', line(e));
console.log('PRED', out.documents[0]?.published);
for (const e of out.documents[0]?.events ?? []) console.log('        ', line(e));
