// What a document adds to the database beyond its own row, and how to take it back. Each event
// either joins a stored engagement (found through the candidate index, then findMatch) or
// becomes a new one; either way the document is recorded as a source with its evidence.
// Withdrawing rebuilds each touched engagement from its remaining sources' own accounts, and
// deletes the engagements left without any.
import type { Kysely } from 'kysely';
import { isoDay } from './dates.ts';
import type { DocumentInfo, EngagementRepo } from './engagementRepo.ts';
import { deleteEngagement, loadFacts, writeEngagement } from './engagementRows.ts';
import { eventFacts, type SourceEvidence } from './eventFacts.ts';
import { findMatch, mergeEngagement, partiesKey, type EngagementFacts } from './mergeEngagements.ts';
import { samePerson } from './nameKey.ts';
import type { CountBuffer } from './partyCounts.ts';
import type { PreparedContribution } from './prepareSave.ts';
import type { Registry } from './registry.ts';
import type { Database } from './schema.ts';
import { createSqlEngagementRepo } from './sqlEngagementRepo.ts';

export type { DocumentInfo } from './engagementRepo.ts';

export async function contributeDocument(
  repo: EngagementRepo,
  registry: Registry,
  counts: CountBuffer,
  info: DocumentInfo,
  contribution: PreparedContribution,
  now: string,
): Promise<void> {
  for (const ev of contribution.events) {
    const incoming = eventFacts(ev.record, info.published, info.id);
    const evidence: SourceEvidence = info.nearDuplicateOf !== null ? { ...ev.evidence, syndicated: true } : ev.evidence;
    const match = findMatch(incoming, await repo.candidates(incoming, info));
    const merged = match ? mergeEngagement(match, incoming) : incoming;
    const { id, people } = await writeEngagement(repo, registry, counts, match?.id ?? null, merged, now, match);
    await repo.insertSource({
      engagement_id: id,
      document_id: info.id,
      evidence: JSON.stringify(evidence),
      account: JSON.stringify(incoming),
    });
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
  for (const a of contribution.anniversaries)
    await repo.insertAnniversary(
      {
        document_id: info.id,
        parties_key: partiesKey(a.parties),
        ordinal: a.ordinal,
        year: a.year,
        subject: a.subject,
      },
      [...new Set(a.parties)],
    );
  for (const p of contribution.partnerships)
    await repo.insertPartnership(
      { document_id: info.id, document_date: info.date, parties_key: partiesKey(p.parties), level: p.level },
      [...new Set(p.parties)],
    );
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
    await writeEngagement(createSqlEngagementRepo(db), registry, counts, engagement_id, rebuilt, now, before ?? null);
  }
}
