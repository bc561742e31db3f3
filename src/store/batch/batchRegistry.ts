// The people registry of a batch: the same decisions as ../registry.ts (exact key on the side,
// else a unique variant spelling, else a new person; aliases; office ranges), taken against the
// snapshot with the batch's own people, aliases, sides and offices applied, and written to the
// working set. One per document, like the statement-by-statement registry.
import { fuzzyCandidatesOfRows, fuzzyProbe, pickFuzzy, type FuzzyRow } from '../fuzzyNames.ts';
import { nameKey } from '../nameKey.ts';
import type { Registry } from '../registry.ts';
import { aliasRow, extendedOffice, newOffice, sameOffice, titleKey, variants } from '../registryRows.ts';
import { currentSide, type BatchState, type WorkingOffice } from './batchState.ts';
import { loadFuzzy } from './snapshotFuzzy.ts';
import { aliasGroupMissing, loadAliasGroups, loadOffices, loadSide } from './snapshotPeople.ts';

type Found = { id: number; affiliation: string | null };

export function createBatchRegistry(state: BatchState): Registry {
  const { db, snap } = state;
  const cache = new Map<string, number>();
  const found = (id: number | undefined): Found | undefined =>
    id === undefined ? undefined : { id, affiliation: currentSide(state, id) };

  /** As ../registry.ts `find`: the lowest id on the side, else of unknown side; with no side,
   * the lowest of unknown side, else of any. Stored people of a known side keep it; those of
   * unknown side may have been given one by the batch; the batch's own aliases count too. */
  async function find(key: string, side: string | null): Promise<Found | undefined> {
    if (aliasGroupMissing(snap, key, side)) await loadAliasGroups(db, snap, [{ key, side }]);
    const group = snap.aliasGroups.get(key)!;
    let onSide = side === null ? undefined : (group.bySide.get(side) ?? undefined);
    let unknown: number | undefined;
    let any: number | undefined;
    const consider = (id: number, now: string | null) => {
      if (now === null) unknown = unknown === undefined || id < unknown ? id : unknown;
      else if (now === side) onSide = onSide === undefined || id < onSide ? id : onSide;
      any = any === undefined || id < any ? id : any;
    };
    for (const id of group.unknownSide) consider(id, currentSide(state, id));
    for (const a of state.aliasIndex.get(`k:${key}`) ?? []) consider(a.person_id, currentSide(state, a.person_id));
    if (side !== null) return found(onSide ?? unknown);
    if (unknown !== undefined) return found(unknown);
    const known = group.anyKnown;
    if (known != null) any = any === undefined || known < any ? known : any;
    return found(any);
  }

  async function findFuzzy(name: string, side: string | null): Promise<Found | undefined> {
    const probe = fuzzyProbe(name);
    if (!probe) return undefined;
    const stored = await loadFuzzy(db, snap, probe, side);
    if (stored.length >= 50) return undefined;
    const fits = (id: number) => side === null || [side, null].includes(currentSide(state, id));
    const rows: FuzzyRow[] = stored
      .filter((r) => fits(r.id))
      .map((r) => ({ ...r, affiliation: currentSide(state, r.id) }));
    const mine = new Set<object>();
    const keys = [`s:${probe.skeleton}`, ...probe.blocks.flatMap((b) => [`a:${b}`, `b:${b}`])];
    for (const k of keys)
      for (const a of state.aliasIndex.get(k) ?? [])
        if (!mine.has(a) && fits(a.person_id)) {
          mine.add(a);
          rows.push({
            id: a.person_id,
            affiliation: currentSide(state, a.person_id),
            alias_skeleton: a.alias_skeleton,
          });
        }
    return pickFuzzy(fuzzyCandidatesOfRows(probe, rows));
  }

  async function addAliases(personId: number, forms: readonly string[]): Promise<void> {
    const side = state.newPeople.has(personId) ? currentSide(state, personId) : await storedSide(personId);
    for (const form of forms)
      for (const alias of variants(form)) {
        const key = nameKey(alias);
        const done = `${personId}\u0000${alias}`;
        if (!key || state.aliasDone.has(done)) continue;
        state.aliasDone.add(done);
        const row = aliasRow(personId, side, alias, key);
        state.aliases.push(row);
        const file = (k: string) => {
          const list = state.aliasIndex.get(k);
          if (list) list.push(row);
          else state.aliasIndex.set(k, [row]);
        };
        file(`k:${key}`);
        if (row.alias_skeleton) file(`s:${row.alias_skeleton}`);
        if (row.typo_block_a) file(`a:${row.typo_block_a}`);
        if (row.typo_block_b) file(`b:${row.typo_block_b}`);
      }
  }

  async function storedSide(personId: number): Promise<string | null> {
    return state.sideChanges.get(personId) ?? (await loadSide(db, snap, personId));
  }

  async function resolve(name: string, affiliation: string | null): Promise<number | null> {
    const key = nameKey(name);
    if (!key) return null;
    const cacheKey = `${key}\u0000${affiliation ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const exact = await find(key, affiliation);
    const pick = exact ?? (await findFuzzy(name, affiliation));
    let id: number;
    if (pick) {
      id = pick.id;
      if (!pick.affiliation && affiliation) {
        const created = state.newPeople.get(id);
        if (created) created.affiliation = affiliation;
        else state.sideChanges.set(id, affiliation);
      }
      // The new spelling is recorded, so the next article that uses it finds them exactly.
      if (!exact) await addAliases(id, [name]);
    } else {
      id = await state.ids.next('people');
      state.newPeople.set(id, { name, name_key: key, affiliation });
      await addAliases(id, [name]);
    }
    cache.set(cacheKey, id);
    return id;
  }

  async function officesOf(personId: number): Promise<WorkingOffice[]> {
    let rows = state.offices.get(personId);
    if (!rows) {
      if (!state.newPeople.has(personId)) await loadOffices(db, snap, [personId]);
      rows = (snap.offices.get(personId) ?? []).map((r) => ({ ...r, changed: false }));
      state.offices.set(personId, rows);
    }
    return rows;
  }

  const sighted = new Set<string>();
  return {
    async lookup(name, affiliation) {
      const key = nameKey(name);
      if (!key) return null;
      return ((await find(key, affiliation)) ?? (await findFuzzy(name, affiliation)))?.id ?? null;
    },
    resolve,
    addAliases,
    async recordOffice(personId, o) {
      const key = titleKey(o.title);
      if (!key) return;
      const sighting = JSON.stringify([personId, key, o.title, o.kind, o.affiliation, o.from, o.to]);
      if (sighted.has(sighting)) return;
      sighted.add(sighting);
      const rows = await officesOf(personId);
      const same = sameOffice(
        rows.filter((r) => r.title_key === key),
        o,
      );
      if (!same) {
        rows.push({ ...newOffice(personId, key, o), id: null, changed: true });
        return;
      }
      const extended = extendedOffice(same, o);
      if (!extended) return;
      Object.assign(same, extended, { changed: true });
    },
  };
}
