// Seeding and exporting the people registry as CSV, so users can load the officeholders they
// know (and fix what the corpus taught it). Columns: name, aliases ('|'-separated),
// affiliation, office, from, to. One row per office; a person without offices gets one row.
// Import is additive: a row adds aliases and widens an office's date range, never removes.
import type { Kysely } from 'kysely';
import { formatCsv, parseCsv } from './csv.ts';
import { boundDay } from './dates.ts';
import { nameKey } from './nameKey.ts';
import { createRegistry } from './registry.ts';
import { writeTransaction } from './connect.ts';
import type { Backend, Database } from './schema.ts';
import type { ImportResult } from './types.ts';

export const PEOPLE_CSV_COLUMNS = ['name', 'aliases', 'affiliation', 'office', 'from', 'to'] as const;

const day = (v: string, edge: 'from' | 'to') => (v.trim() ? boundDay(v, edge) : null);

export async function importPeopleCsv(db: Kysely<Database>, backend: Backend, csvText: string): Promise<ImportResult> {
  const rows = parseCsv(csvText);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const hasHeader = header.includes('name');
  const col = (name: (typeof PEOPLE_CSV_COLUMNS)[number]) =>
    hasHeader ? header.indexOf(name) : PEOPLE_CSV_COLUMNS.indexOf(name);
  const result: ImportResult = { rows: 0, created: 0, updated: 0, skipped: [] };
  await writeTransaction(db, backend, async (trx) => {
    const registry = createRegistry(trx);
    for (const [i, row] of rows.entries()) {
      if (hasHeader && i === 0) continue;
      const line = i + 1;
      const get = (name: (typeof PEOPLE_CSV_COLUMNS)[number]) => (col(name) >= 0 ? (row[col(name)] ?? '').trim() : '');
      result.rows++;
      const name = get('name');
      if (!nameKey(name)) {
        result.skipped.push({ line, reason: 'no name' });
        continue;
      }
      const [from, to] = [day(get('from'), 'from'), day(get('to'), 'to')];
      if ((get('from') && !from) || (get('to') && !to)) {
        result.skipped.push({ line, reason: 'dates must be YYYY, YYYY-MM or YYYY-MM-DD' });
        continue;
      }
      const affiliation = get('affiliation').toUpperCase() || null;
      const known = await registry.lookup(name, affiliation);
      const id = known ?? (await registry.resolve(name, affiliation));
      if (id === null) continue;
      if (known === null) result.created++;
      else {
        result.updated++;
        // The CSV is the user's word: its spelling becomes the canonical name.
        await trx
          .updateTable('people')
          .set({ name, name_key: nameKey(name) })
          .where('id', '=', id)
          .execute();
      }
      const aliases = get('aliases')
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean);
      await registry.addAliases(id, [name, ...aliases]);
      const office = get('office');
      if (office) await registry.recordOffice(id, { title: office, kind: null, affiliation, from, to });
    }
  });
  return result;
}

export async function exportPeopleCsv(db: Kysely<Database>): Promise<string> {
  const [people, aliases, offices] = await Promise.all([
    db.selectFrom('people').select(['id', 'name', 'affiliation']).orderBy('id').execute(),
    db.selectFrom('person_aliases').select(['person_id', 'alias']).orderBy('person_id').orderBy('alias').execute(),
    db
      .selectFrom('person_offices')
      .selectAll()
      .orderBy('person_id')
      .orderBy('first_seen', (ob) => ob.asc().nullsLast())
      .orderBy('id')
      .execute(),
  ]);
  const aliasesOf = new Map<number, string[]>();
  for (const a of aliases)
    (aliasesOf.get(a.person_id) ?? aliasesOf.set(a.person_id, []).get(a.person_id)!).push(a.alias);
  const officesOf = new Map<number, typeof offices>();
  for (const o of offices) (officesOf.get(o.person_id) ?? officesOf.set(o.person_id, []).get(o.person_id)!).push(o);
  const out: (string | null)[][] = [[...PEOPLE_CSV_COLUMNS]];
  for (const p of people) {
    // '|' separates aliases, so an alias containing one cannot round-trip; such forms are dropped.
    const list = (aliasesOf.get(p.id) ?? [])
      .filter((a) => a !== p.name && !a.includes('|'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .join('|');
    const held = officesOf.get(p.id) ?? [];
    if (!held.length) out.push([p.name, list, p.affiliation, null, null, null]);
    for (const o of held) out.push([p.name, list, o.affiliation ?? p.affiliation, o.title, o.first_seen, o.last_seen]);
  }
  return formatCsv(out);
}
