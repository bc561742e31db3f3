// What a document adds to the database beyond its own row, and how to take it back. Each event
// either joins a stored engagement (found through the candidate index, then findMatch) or
// becomes a new one; either way the document is recorded as a source with its evidence.
// Withdrawing rebuilds each touched engagement from its remaining sources' own accounts, and
// deletes the engagements left without any.
import type { Kysely } from 'kysely';
import { insertReturningId, insertRows, runOnce } from './compiledOnce.ts';
import { isoDay } from './dates.ts';
import { deleteEngagement, loadFacts, writeEngagement, type StoredFacts } from './engagementRows.ts';
import { eventFacts, type SourceEvidence } from './eventFacts.ts';
import {
  candidateWindow,
  findMatch,
  mergeEngagement,
  partiesKey,
  typeGroup,
  type EngagementFacts,
} from './mergeEngagements.ts';
import { samePerson } from './nameKey.ts';
import type { CountBuffer } from './partyCounts.ts';
import type { PreparedContribution } from './prepareSave.ts';
import type { Registry } from './registry.ts';
import type { Database } from './schema.ts';

export interface DocumentInfo {
  id: number;
  published: string | null;
  /** The original this document is a syndicated copy of, if any. */
  nearDuplicateOf: number | null;
  /** The document's date for partnerships: published, else the ingest day. */
  date: string;
}

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

async function candidates(db: Kysely<Database>, f: EngagementFacts, info: DocumentInfo): Promise<StoredFacts[]> {
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

const SOURCE_COLUMNS = ['engagement_id', 'document_id', 'evidence', 'account'] as const;

export async function contributeDocument(
  db: Kysely<Database>,
  registry: Registry,
  counts: CountBuffer,
  info: DocumentInfo,
  contribution: PreparedContribution,
  now: string,
): Promise<void> {
  for (const ev of contribution.events) {
    const incoming = eventFacts(ev.record, info.published, info.id);
    const evidence: SourceEvidence = info.nearDuplicateOf !== null ? { ...ev.evidence, syndicated: true } : ev.evidence;
    const match = findMatch(incoming, await candidates(db, incoming, info));
    const merged = match ? mergeEngagement(match, incoming) : incoming;
    const { id, people } = await writeEngagement(db, registry, counts, match?.id ?? null, merged, now, match);
    const source = {
      engagement_id: id,
      document_id: info.id,
      evidence: JSON.stringify(evidence),
      account: JSON.stringify(incoming),
    };
    await insertRows(db, 'engagement_sources', SOURCE_COLUMNS, [source], (r) =>
      db.insertInto('engagement_sources').values(r),
    );
    // Registry: this document's name forms become aliases; its titles extend office ranges.
    const day = isoDay(incoming.date) ?? isoDay(info.published);
    for (const seen of ev.seen) {
      const personId = [...people].find(
        ([, p]) =>
          samePerson(p.name, seen.name) && (!p.affiliation || !seen.affiliation || p.affiliation === seen.affiliation),
      )?.[0];
      if (personId === undefined) continue;
      await registry.addAliases(personId, [seen.name, ...seen.forms]);
      if (seen.title)
        await registry.recordOffice(personId, {
          title: seen.title,
          kind: seen.kind,
          affiliation: seen.affiliation,
          from: day,
          to: day,
        });
    }
  }
  // A syndicated copy states the same anniversaries and partnerships as its original.
  if (info.nearDuplicateOf !== null) return;
  for (const a of contribution.anniversaries) {
    const anniversaryId = await insertReturningId(
      db,
      'anniversaries',
      ['document_id', 'parties_key', 'ordinal', 'year', 'subject'],
      {
        document_id: info.id,
        parties_key: partiesKey(a.parties),
        ordinal: a.ordinal,
        year: a.year,
        subject: a.subject,
      },
      (r) => {
        const q = db.insertInto('anniversaries').values(r);
        return { plain: q, returning: q.returning('id') };
      },
    );
    const parties = [...new Set(a.parties)];
    if (parties.length)
      await db
        .insertInto('anniversary_parties')
        .values(parties.map((party) => ({ anniversary_id: anniversaryId, party })))
        .execute();
  }
  for (const p of contribution.partnerships) {
    const partnershipId = await insertReturningId(
      db,
      'partnerships',
      ['document_id', 'document_date', 'parties_key', 'level'],
      { document_id: info.id, document_date: info.date, parties_key: partiesKey(p.parties), level: p.level },
      (r) => {
        const q = db.insertInto('partnerships').values(r);
        return { plain: q, returning: q.returning('id') };
      },
    );
    const parties = [...new Set(p.parties)];
    if (parties.length)
      await db
        .insertInto('partnership_parties')
        .values(parties.map((party) => ({ partnership_id: partnershipId, party })))
        .execute();
  }
}

export async function withdrawDocument(
  db: Kysely<Database>,
  registry: Registry,
  counts: CountBuffer,
  documentId: number,
  now: string,
): Promise<void> {
  const touched = await db
    .selectFrom('engagement_sources')
    .select('engagement_id')
    .where('document_id', '=', documentId)
    .execute();
  await db.deleteFrom('engagement_sources').where('document_id', '=', documentId).execute();
  await db.deleteFrom('anniversaries').where('document_id', '=', documentId).execute();
  await db.deleteFrom('partnerships').where('document_id', '=', documentId).execute();
  for (const { engagement_id } of touched) {
    const rest = await db
      .selectFrom('engagement_sources')
      .select(['evidence', 'account'])
      .where('engagement_id', '=', engagement_id)
      .orderBy('id')
      .execute();
    if (!rest.length) {
      await deleteEngagement(db, counts, engagement_id);
      continue;
    }
    // Rows from before migration 005 keep the account inside the evidence JSON.
    const accounts = rest.map((r) =>
      r.account
        ? (JSON.parse(r.account) as EngagementFacts)
        : (JSON.parse(r.evidence) as { facts: EngagementFacts }).facts,
    );
    const rebuilt = accounts.slice(1).reduce(mergeEngagement, accounts[0]!);
    const [before] = await loadFacts(db, [engagement_id]);
    await writeEngagement(db, registry, counts, engagement_id, rebuilt, now, before ?? null);
  }
}
