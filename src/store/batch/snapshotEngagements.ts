// The engagements side of a batch's snapshot: the stored engagements its events may join (those
// in each event's candidate window, and the engagements of a syndicated copy's original), with
// their child rows, read by id in bulk.
import type { Compilable, Kysely } from 'kysely';
import { compiledOnce, runOnce } from '../compiledOnce.ts';
import type { EngagementRows } from '../engagementRepo.ts';
import { addDays } from '../dates.ts';
import type { candidateWindow } from '../mergeEngagements.ts';
import type { Database } from '../schema.ts';
import { BatchOverflow, paddedChunks, queryInChunks } from './chunks.ts';
import { groupKey, type Snapshot } from './snapshot.ts';

export type Window = NonNullable<ReturnType<typeof candidateWindow>>;

/** Candidates read per window at most (as ../sqlEngagementRepo.ts reads). */
export const WINDOW_ROWS = 50;
const WINDOWS = 32;
const IDS = 100;
/** A padding window: no ref_date is both >= '9' and <= '0'. */
const NO_WINDOW = ['', '', '9', '0'];

export function covered(snap: Snapshot, w: Window): boolean {
  return (snap.windows.get(groupKey(w.partiesKey, w.typeGroup)) ?? []).some((c) => c.from <= w.from && w.to <= c.to);
}

/** Adds a window to a key's loaded ranges, kept sorted and merged (a batch's events on one pair
 * of parties fall on nearby days, so a key's ranges stay few however many events it has). */
function addRange(
  ranges: { from: string; to: string }[],
  w: { from: string; to: string },
): { from: string; to: string }[] {
  const all = [...ranges, { from: w.from, to: w.to }].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: { from: string; to: string }[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    // Days are whole: a range ending the day before another starts touches it.
    if (last && r.from <= addDays(last.to, 1)) {
      if (r.to > last.to) last.to = r.to;
    } else out.push({ ...r });
  }
  return out;
}

/** Loads every stored engagement in the windows not yet covered. */
export async function loadWindows(db: Kysely<Database>, snap: Snapshot, windows: readonly Window[]): Promise<void> {
  const todo = new Map<string, Window>();
  for (const w of windows) if (!covered(snap, w)) todo.set([w.partiesKey, w.typeGroup, w.from, w.to].join('\u0000'), w);
  const ids = new Set<number>();
  for (const chunk of paddedChunks([...todo.values()], WINDOWS)) {
    const values = chunk.flatMap((w) => (w ? [w.partiesKey, w.typeGroup, w.from, w.to] : NO_WINDOW));
    const query = compiledOnce(
      db,
      `batch-windows:${WINDOWS}`,
      (v) =>
        db
          .selectFrom('engagements')
          .select('id')
          .where((eb) =>
            eb.or(
              Array.from({ length: WINDOWS }, (_, i) =>
                eb.and([
                  eb('parties_key', '=', v<string>(4 * i)),
                  eb('type_group', '=', v<string>(4 * i + 1)),
                  eb('ref_date', '>=', v<string>(4 * i + 2)),
                  eb('ref_date', '<=', v<string>(4 * i + 3)),
                ]),
              ),
            ),
          )
          .limit(WINDOW_ROWS * WINDOWS + 1),
      values,
    );
    const { rows } = await db.executeQuery(query);
    if (rows.length > WINDOW_ROWS * WINDOWS) throw new BatchOverflow('candidate', WINDOW_ROWS * WINDOWS);
    for (const r of rows) ids.add(r.id);
  }
  for (const w of todo.values()) {
    const key = groupKey(w.partiesKey, w.typeGroup);
    snap.windows.set(key, addRange(snap.windows.get(key) ?? [], w));
  }
  await loadEngagements(db, snap, [...ids]);
}

/** The engagements a stored document is a source of (for a syndicated copy of it). */
export async function loadSourcesOf(db: Kysely<Database>, snap: Snapshot, documentId: number): Promise<number[]> {
  let ids = snap.sourcesOf.get(documentId);
  if (!ids) {
    const rows = await runOnce(
      db,
      'batch-sources-of',
      (v) => db.selectFrom('engagement_sources').select('engagement_id').where('document_id', '=', v<number>(0)),
      [documentId],
    );
    ids = rows.map((r) => r.engagement_id);
    snap.sourcesOf.set(documentId, ids);
    await loadEngagements(db, snap, ids);
  }
  return ids;
}

/** Reads the engagements (and their child rows, in the order loadFacts reads them) not loaded. */
export async function loadEngagements(db: Kysely<Database>, snap: Snapshot, ids: readonly number[]): Promise<void> {
  const todo = [...new Set(ids)].filter((id) => !snap.engagements.has(id));
  if (!todo.length) return;
  const rows = await queryInChunks(db, 'batch-engagements', todo, IDS, (list) =>
    db.selectFrom('engagements').selectAll().where('id', 'in', list),
  );
  type Lists = { parties: unknown[]; participants: unknown[]; topics: unknown[]; requests: unknown[] };
  const byId = new Map<number, Pick<EngagementRows, 'row'> & Lists>();
  for (const row of rows) byId.set(row.id, { row, parties: [], participants: [], topics: [], requests: [] });
  const file = (into: keyof Lists, found: readonly { engagement_id: number }[]) => {
    for (const r of found) byId.get(r.engagement_id)?.[into].push(r);
  };
  const ofTodo = <R>(shape: string, build: (list: never[]) => Compilable<R>) =>
    queryInChunks(db, shape, todo, IDS, build);
  file(
    'parties',
    await ofTodo('batch-parties', (list) =>
      db.selectFrom('engagement_parties').selectAll().where('engagement_id', 'in', list).orderBy('party'),
    ),
  );
  file(
    'participants',
    await ofTodo('batch-participants', (list) =>
      db.selectFrom('engagement_participants').selectAll().where('engagement_id', 'in', list).orderBy('person_id'),
    ),
  );
  file(
    'topics',
    await ofTodo('batch-topics', (list) =>
      db.selectFrom('engagement_topics').selectAll().where('engagement_id', 'in', list).orderBy('topic'),
    ),
  );
  file(
    'requests',
    await ofTodo('batch-requests', (list) =>
      db.selectFrom('engagement_requests').selectAll().where('engagement_id', 'in', list).orderBy('id'),
    ),
  );
  for (const [id, e] of byId) snap.engagements.set(id, e as EngagementRows);
}
