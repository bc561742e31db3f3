// What both registries (registry.ts, statement by statement; batch/batchRegistry.ts, in a batch's
// working set) write and decide alike: the rows of people, aliases and offices, the name forms
// recorded as aliases, and how an office sighting changes a stored office.
import type { Insertable, Selectable } from 'kysely';
import { fold } from '../text/fold.ts';
import { withoutDiacritics } from './nameKey.ts';
import { nameFiling } from './nameSkeleton.ts';
import type { Database } from './schema.ts';

export interface OfficeSighting {
  title: string;
  kind: string | null;
  affiliation: string | null;
  from: string | null;
  to: string | null;
}

export type AliasRow = Required<Omit<Insertable<Database['person_aliases']>, 'id'>>;
export type OfficeRow = Selectable<Database['person_offices']>;
export type NewOfficeRow = Omit<OfficeRow, 'id'>;

export const ALIAS_COLUMNS = [
  'person_id',
  'side',
  'alias',
  'alias_key',
  'alias_skeleton',
  'typo_block_a',
  'typo_block_b',
] as const;
export const PERSON_COLUMNS = ['name', 'name_key', 'affiliation'] as const;
export const OFFICE_COLUMNS = [
  'person_id',
  'title',
  'title_key',
  'kind',
  'affiliation',
  'first_seen',
  'last_seen',
] as const;

export function titleKey(title: string): string {
  return (fold(title).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export function aliasRow(person_id: number, side: string | null, alias: string, alias_key: string): AliasRow {
  const { skeleton, blockA, blockB } = nameFiling(alias);
  return { person_id, side, alias, alias_key, alias_skeleton: skeleton, typo_block_a: blockA, typo_block_b: blockB };
}

/** A form as seen, without diacritics, and without initials ("Antony J. Blinken" → "Antony
 * Blinken"), so that the usual ways of writing a name all have an exact key. */
export function variants(form: string): string[] {
  const seen = form.replace(/\s+/g, ' ').trim();
  const noInitials = seen
    .replace(/(^|\s)\p{L}\.(?=\s|$)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const out = [seen, withoutDiacritics(seen)];
  if (noInitials !== seen && noInitials.split(' ').length >= 2) out.push(noInitials, withoutDiacritics(noInitials));
  return out;
}

const min = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const max = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** The stored office (of one person and title key, in id order) a sighting extends: the first
 * whose affiliation agrees or is unknown on either side. */
export function sameOffice<R extends Pick<OfficeRow, 'affiliation'>>(
  rows: readonly R[],
  o: OfficeSighting,
): R | undefined {
  return rows.find((r) => r.affiliation === o.affiliation || !r.affiliation || !o.affiliation);
}

/** The new first/last seen, kind and affiliation of a stored office after a sighting, or null
 * when the sighting changes nothing. */
export function extendedOffice(
  same: Pick<OfficeRow, 'first_seen' | 'last_seen' | 'kind' | 'affiliation'>,
  o: OfficeSighting,
): Pick<OfficeRow, 'first_seen' | 'last_seen' | 'kind' | 'affiliation'> | null {
  const first = min(same.first_seen, o.from);
  const last = max(same.last_seen, o.to);
  if (
    first === same.first_seen &&
    last === same.last_seen &&
    (same.kind || !o.kind) &&
    (same.affiliation || !o.affiliation)
  )
    return null;
  return {
    first_seen: first,
    last_seen: last,
    kind: same.kind ?? o.kind,
    affiliation: same.affiliation ?? o.affiliation,
  };
}

/** A new office row from a first sighting. */
export function newOffice(personId: number, key: string, o: OfficeSighting): NewOfficeRow {
  return {
    person_id: personId,
    title: o.title,
    title_key: key,
    kind: o.kind,
    affiliation: o.affiliation,
    first_seen: o.from,
    last_seen: o.to,
  };
}
