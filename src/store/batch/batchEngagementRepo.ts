// The EngagementRepo of a batch: candidates come from the snapshot with the batch's own changes
// applied, and writes go to the working set (batchState.ts) for the flush. It answers exactly as
// ../sqlEngagementRepo.ts would at the same point of a document-by-document save.
import { factsOfRows, type EngagementRepo, type EngagementRows, type StoredFacts } from '../engagementRepo.ts';
import { candidateWindow, findMatch, partiesKey, typeGroup } from '../mergeEngagements.ts';
import {
  addToGroup,
  currentEngagement,
  groupLoaded,
  workingEngagement,
  type BatchState,
  type WorkingEngagement,
} from './batchState.ts';
import { groupKey } from './snapshot.ts';
import { covered, loadSourcesOf, loadWindows, WINDOW_ROWS } from './snapshotEngagements.ts';

const byText =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Facts in the order the database returns child rows (see loadFacts). */
function factsOf(e: EngagementRows | WorkingEngagement): StoredFacts {
  if (!('isNew' in e)) return factsOfRows(e);
  return factsOfRows({
    row: e.row,
    parties: [...e.parties].sort(byText((p) => p.party)),
    participants: [...e.participants].sort((a, b) => a.person_id - b.person_id),
    topics: [...e.topics].sort(byText((t) => t.topic)),
    requests: e.requests,
  });
}

export function createBatchEngagementRepo(state: BatchState): EngagementRepo {
  const facts = (ids: Iterable<number>): StoredFacts[] =>
    [...ids]
      .sort((a, b) => a - b)
      .map((id) => currentEngagement(state, id))
      .filter((e): e is EngagementRows => e !== undefined)
      .map(factsOf);

  return {
    async candidates(f, info) {
      const mine = state.sourcedBy.get(info.id) ?? new Set<number>();
      const pk = partiesKey(f.parties);
      const tg = typeGroup(f.type);
      const original = info.nearDuplicateOf;
      if (original !== null) {
        // A syndicated copy describes the original's engagements: look among those first, any date.
        const ofOriginal = state.documentsById.has(original)
          ? (state.sourcedBy.get(original) ?? [])
          : await loadSourcesOf(state.db, state.snap, original);
        groupLoaded(state);
        const found = facts(
          [...ofOriginal].filter((id) => {
            const row = currentEngagement(state, id)?.row;
            return row && row.parties_key === pk && row.type_group === tg && !mine.has(id);
          }),
        );
        if (findMatch(f, found)) return found;
      }
      const w = candidateWindow(f);
      if (!w) return [];
      if (!covered(state.snap, w)) {
        await loadWindows(state.db, state.snap, [w]);
        groupLoaded(state);
      }
      // As the candidate index reads them: by ref_date (then id), the first WINDOW_ROWS.
      const inWindow = [...(state.byGroup.get(groupKey(pk, tg)) ?? [])]
        .map((id) => ({ id, row: currentEngagement(state, id)?.row }))
        .filter(({ id, row }) => {
          const ref = row?.ref_date;
          return (
            row &&
            row.parties_key === pk &&
            row.type_group === tg &&
            ref &&
            ref >= w.from &&
            ref <= w.to &&
            !mine.has(id)
          );
        })
        .sort((a, b) => byText((x: typeof a) => x.row!.ref_date!)(a, b) || a.id - b.id)
        .slice(0, WINDOW_ROWS);
      return facts(inWindow.map((x) => x.id));
    },

    async insertEngagement(row, createdAt) {
      const id = await state.ids.next('engagements');
      state.engagements.set(id, {
        row: { ...row, id, created_at: createdAt },
        parties: [],
        participants: [],
        topics: [],
        requests: [],
        isNew: true,
        rowChanged: true,
        replaced: new Set(),
      });
      addToGroup(state, id, row.parties_key, row.type_group);
      return id;
    },

    async updateEngagement(id, row) {
      const e = workingEngagement(state, id);
      if (e.row.parties_key !== row.parties_key || e.row.type_group !== row.type_group)
        addToGroup(state, id, row.parties_key, row.type_group);
      e.row = { ...row, id, created_at: e.row.created_at };
      e.rowChanged = true;
    },

    async replaceChildren(table, engagementId, rows) {
      const e = workingEngagement(state, engagementId);
      const copy = rows.map((r) => ({ ...r }));
      if (table === 'engagement_parties') e.parties = copy as typeof e.parties;
      else if (table === 'engagement_participants') e.participants = copy as typeof e.participants;
      else if (table === 'engagement_topics') e.topics = copy as typeof e.topics;
      else e.requests = copy as typeof e.requests;
      e.replaced.add(table);
    },

    async insertSource(row) {
      state.sources.push(row);
      const ids = state.sourcedBy.get(row.document_id);
      if (ids) ids.add(row.engagement_id);
      else state.sourcedBy.set(row.document_id, new Set([row.engagement_id]));
    },

    async insertAnniversary(row, parties) {
      state.anniversaries.push({ row, parties });
    },

    async insertPartnership(row, parties) {
      state.partnerships.push({ row, parties });
    },
  };
}
