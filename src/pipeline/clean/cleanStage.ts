// Splits the text into line blocks and classifies them. Also reads the " date YYYY-MM-DD" header
// some sources carry, which gives the publication date and is not article text.
import type { Block, Doc } from '../doc.ts';
import type { Stage } from '../stage.ts';
import { classifyLine } from './classifyLine.ts';

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/;

export const cleanStage: Stage = {
  name: 'clean',
  run(doc: Doc): Doc {
    const text = doc.text;
    const blocks: Block[] = [];
    let published = doc.published;
    let pos = 0;
    const header = HEADER.exec(text);
    if (header?.[1] && isValidDate(header[1])) {
      blocks.push({ kind: 'furniture', start: 0, end: header[0].length, rule: 'header-date' });
      if (!published)
        published = {
          value: header[1],
          evidence: { start: header.index, end: header[0].length, rule: 'header-date', provenance: 'stated' },
        };
      pos = header[0].length;
    }
    let first = true;
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const line = text.slice(pos, nl);
      if (line.trim()) {
        const lead = line.length - line.trimStart().length;
        const start = pos + lead;
        const end = pos + line.trimEnd().length;
        const { kind, rule } = classifyLine(line, first);
        blocks.push({ kind, start, end, rule });
        if (kind !== 'furniture') first = false;
      }
      pos = nl + 1;
    }
    return { ...doc, blocks, published };
  },
};

function isValidDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}
