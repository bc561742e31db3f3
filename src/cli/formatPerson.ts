// `sidelines person ID|NAME`: a profile (offices over time, aliases, the people met most) with
// its engagements; as CSV, the engagements.
import type { PersonProfile } from '../store/store.ts';
import { count, engagementTable, engagementsCsv } from './formatEngagements.ts';
import { officeText } from './formatDossier.ts';
import { cell, columns, type Style } from './formatTable.ts';
const COUNTERPARTS_SHOWN = 10;

export function formatPerson(p: PersonProfile, style: Style): string {
  const rows: string[][] = [
    ['id', String(p.id)],
    ['affiliation', cell(p.affiliation)],
    ['aliases', cell(p.aliases.join(', '))],
  ];
  p.offices.forEach((o, i) => rows.push([i === 0 ? 'offices' : '', officeText(o)]));
  if (p.offices.length === 0) rows.push(['offices', '-']);
  const met = p.counterparts.slice(0, COUNTERPARTS_SHOWN);
  met.forEach((c, i) =>
    rows.push([i === 0 ? 'met most' : '', `${c.name}${c.affiliation ? ` (${c.affiliation})` : ''}  ${c.engagements}`]),
  );
  const out = [style.bold(cell(p.name)), ...columns(rows).map((l) => `  ${l}`)];
  out.push('', `  ${style.bold(count(p.engagements.length, 'engagement'))}`, '', engagementTable(p.engagements, style));
  return out.join('\n');
}

export function personCsv(p: PersonProfile): string {
  return engagementsCsv(p.engagements);
}
