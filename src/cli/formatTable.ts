// The human-readable output of `extract`: one block per document, aligned columns, plain text
// unless styling is asked for (a TTY without NO_COLOR).
import type { DocumentRecord, EventRecord } from '../pipeline/index.ts';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
}

export function makeStyle(color: boolean): Style {
  if (!color) return { bold: (s) => s, dim: (s) => s };
  return { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };
}

const NONE = '-';
const REQUEST_TEXT_MAX = 72;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const ZERO_WIDTH = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;

/** Columns a string takes in a terminal: wide CJK counts 2, combining marks 0. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** One line per cell value: collapses whitespace and control characters. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return NONE;
  const s = String(value)
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
  return s === '' ? NONE : s;
}

export function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** Aligns rows into columns; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((row) =>
    row
      .map((c, i) => (i === row.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - displayWidth(c))))
      .join(gap)
      .trimEnd(),
  );
}

/** Label/value rows where a value may span several lines (a sub-table). */
function labelled(rows: readonly [string, string[]][], indent: string, style: Style): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  const out: string[] = [];
  for (const [label, lines] of rows) {
    (lines.length > 0 ? lines : [NONE]).forEach((line, i) => {
      const head = i === 0 ? style.dim(label.padEnd(width)) : ' '.repeat(width);
      out.push(`${indent}${head}  ${line}`);
    });
  }
  return out;
}

function location(e: EventRecord): string {
  const parts = [e.location.city, e.location.country].filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? cell(parts.join(', ')) : NONE;
}

function formatEvent(e: EventRecord, n: number, style: Style): string[] {
  const date = e.date ? `${e.date}${e.date_inferred ? ' (inferred)' : ''}` : 'date unknown';
  const head = `  ${style.bold(`[${n}] ${cell(e.type)}`)}  ${cell(e.status)}  ${cell(date)}`;
  const participants = columns(e.participants.map((p) => [cell(p.name), cell(p.title), cell(p.affiliation)]));
  const requests = columns(
    e.requests.map((r) => [
      `${cell(r.by)} -> ${cell(r.of)}`,
      cell(r.kind),
      `"${truncate(cell(r.text), REQUEST_TEXT_MAX)}"`,
    ]),
  );
  const rows: [string, string[]][] = [
    ['location', [location(e)]],
    ['occasion', [cell(e.occasion)]],
    ['parties', [e.parties.length > 0 ? cell(e.parties.join(', ')) : NONE]],
    ['participants', participants],
    ['topics', [e.topics.length > 0 ? cell(e.topics.join(', ')) : NONE]],
    ['requests', requests],
  ];
  return [head, ...labelled(rows, '      ', style)];
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as const)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The table for one document; no trailing newline. */
export function formatDocument(r: DocumentRecord, style: Style): string {
  const out: string[] = [style.bold(cell(r.source))];
  const meta: [string, string[]][] = [['published', [cell(r.published)]]];
  if (r.title) meta.push(['title', [cell(r.title)]]);
  meta.push(['events', [String(r.events.length)]]);
  out.push(...labelled(meta, '  ', style));
  r.events.forEach((e, i) => out.push('', ...formatEvent(e, i + 1, style)));
  if (r.anniversaries.length > 0) {
    out.push('', `  ${style.bold('anniversaries')}`);
    const rows = r.anniversaries.map((a) => [
      ordinal(a.ordinal),
      cell(a.year),
      cell(a.subject),
      cell(a.parties.join(', ')),
    ]);
    out.push(...columns(rows).map((l) => `      ${l}`));
  }
  if (r.partnerships.length > 0) {
    out.push('', `  ${style.bold('partnerships')}`);
    out.push(
      ...columns(r.partnerships.map((p) => [cell(p.level), cell(p.parties.join(', '))])).map((l) => `      ${l}`),
    );
  }
  return out.join('\n');
}
