// The EngagementRepo that runs each read and write as it comes, inside the caller's transaction:
// used for single saves, re-extraction and withdrawal, and by a batch that had to fall back to
// saving its documents one by one.
import type { Kysely } from 'kysely';
import { insertReturningId, insertRows, runOnce } from './compiledOnce.ts';
import type { ChildRows, ChildTable, DocumentInfo, EngagementRepo, EngagementRow } from './engagementRepo.ts';
import { loadFacts } from './engagementRows.ts';
import { candidateWindow, findMatch, partiesKey, typeGroup, type EngagementFacts } from './mergeEngagements.ts';
import type { Database } from './schema.ts';

/** Engagements in the candidate window not already sourced by this document. Served by the
 * (parties_key, type_group, ref_date) index; no ORDER BY, which could tempt SQLite into walking
 * the table in id order instead. */
export function candidateQuery(
  db: Kysely<Database>,
  w: NonNullable<ReturnType<typeof candidateWindow>>,
  documentId: number,
) {
  return db
    .selectFrom('engagements')
    .select('id')
    .where('parties_key', '=', w.partiesKey)
    .where('type_group', '=', w.typeGroup)
    .where('ref_date', '>=', w.from)
    .where('ref_date', '<=', w.to)
    .where(
      'id',
      'not in',
      db.selectFrom('engagement_sources').select('engagement_id').where('document_id', '=', documentId),
    )
    .limit(50);
}

const ENGAGEMENT_COLUMNS = [
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
  'updated_at',
  'created_at',
] as const;
const SOURCE_COLUMNS = ['engagement_id', 'document_id', 'evidence', 'account'] as const;

/** Each child table's columns after engagement_id, in the order rows are bound. */
export const CHILD_COLUMNS: { [T in ChildTable]: readonly (keyof ChildRows[T])[] } = {
  engagement_parties: ['party', 'ref_date'],
  engagement_participants: ['person_id', 'name', 'title', 'affiliation'],
  engagement_topics: ['topic'],
  engagement_requests: ['by_party', 'of_party', 'kind', 'text', 'document_id'],
};

export function createSqlEngagementRepo(db: Kysely<Database>): EngagementRepo {
  async function candidates(f: EngagementFacts, info: DocumentInfo) {
    const alreadyMine = db.selectFrom('engagement_sources').select('engagement_id').where('document_id', '=', info.id);
    if (info.nearDuplicateOf !== null) {
      // A syndicated copy describes the original's engagements: look among those first, any date.
      const ids = await db
        .selectFrom('engagements')
        .innerJoin('engagement_sources', 'engagement_sources.engagement_id', 'engagements.id')
        .select('engagements.id')
        .where('engagement_sources.document_id', '=', info.nearDuplicateOf)
        .where('engagements.parties_key', '=', partiesKey(f.parties))
        .where('engagements.type_group', '=', typeGroup(f.type))
        .where('engagements.id', 'not in', alreadyMine)
        .execute();
      const found = await loadFacts(
        db,
        ids.map((r) => r.id),
      );
      if (findMatch(f, found)) return found;
    }
    const w = candidateWindow(f);
    if (!w) return [];
    const ids = await runOnce(
      db,
      'candidates',
      (v) => candidateQuery(db, { partiesKey: v(0), typeGroup: v(1), from: v(2), to: v(3) }, v(4)),
      [w.partiesKey, w.typeGroup, w.from, w.to, info.id],
    );
    return loadFacts(
      db,
      ids.map((r) => r.id),
    );
  }

  return {
    candidates,
    insertEngagement: (row: EngagementRow, createdAt: string) =>
      insertReturningId(db, 'engagements', ENGAGEMENT_COLUMNS, { ...row, created_at: createdAt }, (r) => {
        const q = db.insertInto('engagements').values(r);
        return { plain: q, returning: q.returning('id') };
      }),
    async updateEngagement(id, row) {
      await db.updateTable('engagements').set(row).where('id', '=', id).execute();
    },
    async replaceChildren(table, engagementId, rows, existing) {
      // Every child table has engagement_id; one of them stands in for the union kysely cannot call.
      const t = table as 'engagement_topics';
      if (existing) await db.deleteFrom(t).where('engagement_id', '=', engagementId).execute();
      if (!rows.length) return;
      const columns = ['engagement_id', ...CHILD_COLUMNS[table]] as readonly string[];
      const full = rows.map((r) => ({ engagement_id: engagementId, ...r }) as Record<string, unknown>);
      await insertRows(db, table, columns, full, (r) => db.insertInto(t).values(r as never));
    },
    async insertSource(row) {
      await insertRows(db, 'engagement_sources', SOURCE_COLUMNS, [row], (r) =>
        db.insertInto('engagement_sources').values(r),
      );
    },
    async insertAnniversary(row, parties) {
      const id = await insertReturningId(
        db,
        'anniversaries',
        ['document_id', 'parties_key', 'ordinal', 'year', 'subject'],
        row,
        (r) => {
          const q = db.insertInto('anniversaries').values(r);
          return { plain: q, returning: q.returning('id') };
        },
      );
      if (parties.length)
        await db
          .insertInto('anniversary_parties')
          .values(parties.map((party) => ({ anniversary_id: id, party })))
          .execute();
    },
    async insertPartnership(row, parties) {
      const id = await insertReturningId(
        db,
        'partnerships',
        ['document_id', 'document_date', 'parties_key', 'level'],
        row,
        (r) => {
          const q = db.insertInto('partnerships').values(r);
          return { plain: q, returning: q.returning('id') };
        },
      );
      if (parties.length)
        await db
          .insertInto('partnership_parties')
          .values(parties.map((party) => ({ partnership_id: id, party })))
          .execute();
    },
  };
}
