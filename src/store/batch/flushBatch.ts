// Writes a batch's working set: every row it created in a few multi-row statements per table
// (rows with the ids handed out while applying), and the stored rows it changed one statement
// each. Order follows the foreign keys: documents, people and their aliases and offices,
// engagements, their child rows, sources.
import type { Kysely } from 'kysely';
import { runOnce } from '../compiledOnce.ts';
import { CHILD_TABLES, type AnniversaryRow, type ChildTable, type PartnershipRow } from '../engagementRepo.ts';
import { ALIAS_COLUMNS, OFFICE_COLUMNS } from '../registryRows.ts';
import type { Backend, Database } from '../schema.ts';
import { CHILD_COLUMNS } from '../sqlEngagementRepo.ts';
import { currentSide, type BatchState, type WorkingEngagement } from './batchState.ts';
import { insertInChunks, queryInChunks } from './chunks.ts';
import { writeDocuments } from './flushDocuments.ts';

const ENGAGEMENT_COLUMNS = [
  'id',
  'type',
  'type_group',
  'status',
  'date',
  'date_end',
  'date_inferred',
  'ref_date',
  'city',
  'country',
  'occasion',
  'occasion_key',
  'parties_key',
  'created_at',
  'updated_at',
] as const;
const SOURCE_COLUMNS = ['engagement_id', 'document_id', 'evidence', 'account'] as const;
const ANNIVERSARY_COLUMNS = ['id', 'document_id', 'parties_key', 'ordinal', 'year', 'subject'] as const;
const PARTNERSHIP_COLUMNS = ['id', 'document_id', 'document_date', 'parties_key', 'level'] as const;
const LIST = 100;

export async function flushBatch(db: Kysely<Database>, backend: Backend, state: BatchState): Promise<void> {
  await writeDocuments(db, backend, state);
  await writePeople(db, state);
  await writeEngagements(db, state);
  await insertInChunks(db, 'batch-sources', SOURCE_COLUMNS, state.sources, (r) =>
    db.insertInto('engagement_sources').values(r),
  );
  await writeRelations(db, state);
  await state.ids.finish(db);
}

/** Anniversaries and partnership levels, with their parties. */
async function writeRelations(db: Kysely<Database>, state: BatchState): Promise<void> {
  const anniversaries: (AnniversaryRow & { id: number })[] = [];
  for (const a of state.anniversaries) anniversaries.push({ id: await state.ids.next('anniversaries'), ...a.row });
  await insertInChunks(db, 'batch-anniversaries', ANNIVERSARY_COLUMNS, anniversaries, (r) =>
    db.insertInto('anniversaries').values(r),
  );
  await insertInChunks(
    db,
    'batch-anniversary-parties',
    ['anniversary_id', 'party'],
    state.anniversaries.flatMap((a, i) => a.parties.map((party) => ({ anniversary_id: anniversaries[i]!.id, party }))),
    (r) => db.insertInto('anniversary_parties').values(r),
  );
  const partnerships: (PartnershipRow & { id: number })[] = [];
  for (const p of state.partnerships) partnerships.push({ id: await state.ids.next('partnerships'), ...p.row });
  await insertInChunks(db, 'batch-partnerships', PARTNERSHIP_COLUMNS, partnerships, (r) =>
    db.insertInto('partnerships').values(r),
  );
  await insertInChunks(
    db,
    'batch-partnership-parties',
    ['partnership_id', 'party'],
    state.partnerships.flatMap((p, i) => p.parties.map((party) => ({ partnership_id: partnerships[i]!.id, party }))),
    (r) => db.insertInto('partnership_parties').values(r),
  );
}

async function writePeople(db: Kysely<Database>, state: BatchState): Promise<void> {
  const people = [...state.newPeople].map(([id, p]) => ({ id, ...p }));
  await insertInChunks(db, 'batch-people', ['id', 'name', 'name_key', 'affiliation'], people, (r) =>
    db.insertInto('people').values(r),
  );
  // An alias carries its person's side as the batch leaves it.
  const aliases = state.aliases.map((a) => ({ ...a, side: currentSide(state, a.person_id) }));
  await insertInChunks(db, 'batch-aliases', ALIAS_COLUMNS, aliases, (r) =>
    db
      .insertInto('person_aliases')
      .values(r)
      .onConflict((oc) => oc.columns(['person_id', 'alias']).doNothing()),
  );
  for (const [id, side] of state.sideChanges) {
    await runOnce(
      db,
      'batch-person-side',
      (v) =>
        db
          .updateTable('people')
          .set({ affiliation: v(0) })
          .where('id', '=', v<number>(1)),
      [side, id],
    );
    await runOnce(
      db,
      'batch-alias-side',
      (v) =>
        db
          .updateTable('person_aliases')
          .set({ side: v(0) })
          .where('person_id', '=', v<number>(1)),
      [side, id],
    );
  }
  const offices = [...state.offices.values()].flat();
  await insertInChunks(
    db,
    'batch-offices',
    OFFICE_COLUMNS,
    offices.filter((o) => o.id === null).map(({ id: _, changed: __, ...row }) => row),
    (r) => db.insertInto('person_offices').values(r),
  );
  for (const o of offices) {
    if (o.id === null || !o.changed) continue;
    const stored = state.snap.offices.get(o.person_id)?.find((r) => r.id === o.id);
    // Most updates only widen the dates; SQLite rewrites the entry of every index on a column the
    // statement sets, changed or not, so the indexed affiliation is set only when it changed.
    if (stored && stored.affiliation === o.affiliation)
      await runOnce(
        db,
        'person-office-dates',
        (v) =>
          db
            .updateTable('person_offices')
            .set({ first_seen: v(0), last_seen: v(1), kind: v(2) })
            .where('id', '=', v<number>(3)),
        [o.first_seen, o.last_seen, o.kind, o.id],
      );
    else
      await runOnce(
        db,
        'person-office-update',
        (v) =>
          db
            .updateTable('person_offices')
            .set({ first_seen: v(0), last_seen: v(1), kind: v(2), affiliation: v(3) })
            .where('id', '=', v<number>(4)),
        [o.first_seen, o.last_seen, o.kind, o.affiliation, o.id],
      );
  }
}

async function writeEngagements(db: Kysely<Database>, state: BatchState): Promise<void> {
  const all = [...state.engagements.values()];
  await insertInChunks(
    db,
    'batch-engagements',
    ENGAGEMENT_COLUMNS,
    all.filter((e) => e.isNew).map((e) => e.row),
    (r) => db.insertInto('engagements').values(r),
  );
  for (const e of all)
    if (!e.isNew && e.rowChanged) {
      // created_at stays as stored; the rest is the batch's version of the row.
      const row: Partial<typeof e.row> = { ...e.row };
      delete row.id;
      delete row.created_at;
      await db.updateTable('engagements').set(row).where('id', '=', e.row.id).execute();
    }
  for (const table of CHILD_TABLES) {
    const rewritten = all.filter((e) => !e.isNew && e.replaced.has(table)).map((e) => e.row.id);
    // Every child table has engagement_id; one of them stands in for the union kysely cannot call.
    const t = table as 'engagement_topics';
    await queryInChunks(db, `batch-clear-${table}`, rewritten, LIST, (list) =>
      db.deleteFrom(t).where('engagement_id', 'in', list),
    );
    const rows = all.filter((e) => e.isNew || e.replaced.has(table)).flatMap((e) => childRows(e, table));
    const columns = ['engagement_id', ...CHILD_COLUMNS[table]] as readonly string[];
    await insertInChunks(db, `batch-${table}`, columns, rows, (r) => db.insertInto(t).values(r as never));
  }
}

/** An engagement's rows of a child table, with exactly the table's columns. */
function childRows(e: WorkingEngagement, table: ChildTable): Record<string, unknown>[] {
  const list: readonly object[] =
    table === 'engagement_parties'
      ? e.parties
      : table === 'engagement_participants'
        ? e.participants
        : table === 'engagement_topics'
          ? e.topics
          : e.requests;
  const columns = CHILD_COLUMNS[table] as readonly string[];
  return list.map((r) => {
    const row: Record<string, unknown> = { engagement_id: e.row.id };
    for (const c of columns) row[c] = (r as Record<string, unknown>)[c];
    return row;
  });
}
