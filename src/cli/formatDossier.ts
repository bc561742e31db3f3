// `sidelines dossier PARTY`: the dossier as labelled sections, or as CSV in long form (one row
// per figure: section, key, detail, value) so every part fits one sheet.
import type { Dossier, Office } from '../store/store.ts';
import { cell, columns, truncate, type Style } from './formatTable.ts';
import { toCsv, type CsvValue } from './toCsv.ts';

const TOP = 20;
const INDENT = '      ';

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as const)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function officeText(o: Office): string {
  const span = o.from || o.to ? ` ${o.from ?? '?'}..${o.to ?? '?'}` : '';
  return `${o.title}${o.affiliation ? ` (${o.affiliation})` : ''}${span}`;
}

function topicTotals(d: Dossier): [string, number][] {
  const totals = new Map<string, number>();
  for (const t of d.topicsPerYear) totals.set(t.topic, (totals.get(t.topic) ?? 0) + t.engagements);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function section(title: string, rows: string[][], style: Style, more = 0): string[] {
  const body = rows.length > 0 ? columns(rows).map((l) => `${INDENT}${l}`) : [`${INDENT}-`];
  if (more > 0) body.push(`${INDENT}(${more} more)`);
  return ['', `  ${style.bold(title)}`, ...body];
}

function top<T>(list: readonly T[]): [T[], number] {
  return [list.slice(0, TOP), Math.max(0, list.length - TOP)];
}

export function formatDossier(d: Dossier, style: Style): string {
  const out = [style.bold(cell(d.party)), `  engagements  ${d.engagements}`];
  const [counterparts, moreCounterparts] = top(d.counterparts);
  out.push(
    ...section(
      'counterparts',
      counterparts.map((c) => [cell(c.party), String(c.engagements)]),
      style,
      moreCounterparts,
    ),
  );
  const years = [...d.perYear].sort((a, b) => (b.year ?? '').localeCompare(a.year ?? ''));
  out.push(
    ...section(
      'engagements per year',
      years.map((y) => [y.year ?? 'undated', String(y.engagements)]),
      style,
    ),
  );
  const [topics, moreTopics] = top(topicTotals(d));
  out.push(
    ...section(
      'topics',
      topics.map(([t, n]) => [t, String(n)]),
      style,
      moreTopics,
    ),
  );
  const made = d.requestsMade.map((r) => [`-> ${cell(r.of)}`, cell(r.kind), String(r.count)]);
  out.push(...section('requests made', made, style));
  const received = d.requestsReceived.map((r) => [`<- ${cell(r.by)}`, cell(r.kind), String(r.count)]);
  out.push(...section('requests received', received, style));
  const anniversaries = d.anniversaries.map((a) => [
    ordinal(a.ordinal),
    a.year === null ? '-' : String(a.year),
    cell(a.subject),
    cell(a.parties.join(', ')),
    a.upcoming ? 'upcoming' : '',
  ]);
  out.push(...section('anniversaries', anniversaries, style));
  const levels = d.partnerships.map((p) => [p.date, cell(p.level), cell(p.parties.join(', '))]);
  out.push(...section('partnership levels', levels, style));
  const [holders, moreHolders] = top(d.officeholders);
  const holderRows = holders.map((p) => [cell(p.name), truncate(cell(p.offices.map(officeText).join('; ')), 90)]);
  out.push(...section('officeholders', holderRows, style, moreHolders));
  return out.join('\n');
}

export function dossierCsv(d: Dossier): string {
  const rows: CsvValue[][] = [['engagements', d.party, '', d.engagements]];
  for (const c of d.counterparts) rows.push(['counterpart', c.party, '', c.engagements]);
  for (const y of d.perYear) rows.push(['year', y.year ?? 'undated', '', y.engagements]);
  for (const t of d.topicsPerYear) rows.push(['topic', t.topic, t.year ?? 'undated', t.engagements]);
  for (const r of d.requestsMade) rows.push(['request_made', r.of, r.kind, r.count]);
  for (const r of d.requestsReceived) rows.push(['request_received', r.by, r.kind, r.count]);
  for (const a of d.anniversaries)
    rows.push(['anniversary', a.parties.join('; '), `${ordinal(a.ordinal)} ${a.subject}`, a.year]);
  for (const p of d.partnerships) rows.push(['partnership', p.parties.join('; '), p.level, p.date]);
  for (const p of d.officeholders) rows.push(['officeholder', p.name, p.offices.map(officeText).join('; '), p.id]);
  return toCsv(['section', 'key', 'detail', 'value'], rows);
}
