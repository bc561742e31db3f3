// Developer aid: prints the resolved people of a file with their mentions and affiliation.
import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { extractBytes } from '../src/pipeline/index.ts';

const ctx = { knowledge: loadKnowledge() };
for (const file of process.argv.slice(2)) {
  const out = extractBytes({ source: file, bytes: readFileSync(file) }, ctx);
  if (!out.ok) continue;
  for (const p of out.doc.people)
    console.log(
      p.id,
      p.name,
      '|',
      p.affiliation?.value,
      p.affiliation?.evidence.rule,
      '|',
      p.titles.map((t) => t.title).join('; '),
      '|',
      p.mentions.map((m) => `${out.doc.text.slice(m.start, m.end)}@${m.sentence}:${m.rule}`).join(', '),
    );
}
