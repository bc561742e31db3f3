// Developer aid: prints the mentions found in a file, grouped by sentence.
import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { extractBytes } from '../src/pipeline/index.ts';

const ctx = { knowledge: loadKnowledge() };
for (const file of process.argv.slice(2)) {
  const out = extractBytes({ source: file, bytes: readFileSync(file) }, ctx);
  if (!out.ok) {
    console.log(file, out.reason);
    continue;
  }
  const { doc } = out;
  for (const s of doc.sentences) {
    const ms = doc.mentions.filter((m) => m.sentence === s.index);
    console.log(`\n[${s.index} ${s.kind}] ${doc.text.slice(s.start, s.end).slice(0, 160)}`);
    for (const m of ms)
      console.log(
        `   ${m.kind.padEnd(8)} ${JSON.stringify(doc.text.slice(m.start, m.end))} => ${m.value} ${JSON.stringify(m.attrs)}`,
      );
  }
}
