// Splits the text into line blocks and classifies them. Also reads the " date YYYY-MM-DD" header
// some sources carry, which gives the publication date and is not article text.
import type { Block, Doc } from '../doc.ts';
import type { Stage } from '../stage.ts';
import { classifyLine } from './classifyLine.ts';
import { dateLineValue, datelineDate } from './dateLine.ts';

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/;

export const cleanStage: Stage = {
  name: 'clean',
  run(doc: Doc): Doc {
    const text = doc.text;
    const blocks: Block[] = [];
    let published = doc.published;
    let pos = 0;
    const headerLine = HEADER.exec(text);
    if (headerLine?.[1] && isValidDate(headerLine[1])) {
      blocks.push({ kind: 'furniture', start: 0, end: headerLine[0].length, rule: 'header-date' });
      if (!published)
        published = {
          value: headerLine[1],
          evidence: { start: headerLine.index, end: headerLine[0].length, rule: 'header-date', provenance: 'stated' },
        };
      pos = headerLine[0].length;
    }
    // the header zone lasts until the first paragraph of running text
    let header = true;
    let bodySeen = 0;
    let afterRelated = false;
    let closing: { value: string; start: number; end: number } | null = null;
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const line = text.slice(pos, nl);
      if (line.trim()) {
        const lead = line.length - line.trimStart().length;
        const start = pos + lead;
        const end = pos + line.trimEnd().length;
        const dl = header || bodySeen < 3 ? dateLineValue(line) : null;
        // a release signed off with its date ("Islamabad / 21 October 2025") after the body
        if (!dl && !published && !closing && bodySeen >= 3 && line.length < 60) {
          const last = dateLineValue(line);
          if (last) closing = { value: last.value, start: start + last.index, end: start + last.index + last.length };
        }
        const dateline = !dl && bodySeen < 2 ? datelineDate(line.trimStart()) : null;
        const found = dl ?? dateline;
        if (found && !published)
          published = {
            value: found.value,
            evidence: {
              start: start + found.index,
              end: start + found.index + found.length,
              rule: dl ? 'date-line' : 'dateline-date',
              provenance: 'stated',
            },
          };
        let { kind, rule } = dl ? { kind: 'furniture' as const, rule: 'date-line' } : classifyLine(line, header);
        // the list under a "Related Articles" label: links to other stories, one a line
        if (kind === 'body' && afterRelated && isLinkLine(line.trim()))
          [kind, rule] = ['teaser', 'teaser-after-related'];
        else {
          afterRelated = RELATED_LABEL.test(line.trim());
          // "More from News" on its own line reads as a short body line: it is the list's label
          if (afterRelated && kind === 'body') [kind, rule] = ['furniture', 'related-label'];
        }
        blocks.push({ kind, start, end, rule });
        if (kind === 'body') {
          header = false;
          // a section label ("News") between the summary and the date line is not running text
          if (line.trim().split(/\s+/).length >= 4) bodySeen++;
        }
      }
      pos = nl + 1;
    }
    if (!published && closing)
      published = {
        value: closing.value,
        evidence: { start: closing.start, end: closing.end, rule: 'closing-date-line', provenance: 'stated' },
      };
    return { ...doc, blocks, published };
  },
};

const RELATED_LABEL =
  /^(related|related (news|articles|stories|posts|coverage)|read more|read also|also read|see also|more on this|recommended|more stories|more from [\p{L} ]{1,30}|related [\p{L} ]{1,30}|read next|most read|most popular|latest news|more news|trending|you may also like|recommended for you|also on [\p{L} ]{1,30})\s*:?$/iu;

/** A line of a link list: a bullet, or a short title without sentence punctuation. */
function isLinkLine(t: string): boolean {
  return t.length < 200 && (/^[-–—•*·]\s/.test(t) || !/[.!?]["”’)]?$/.test(t));
}

function isValidDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}
