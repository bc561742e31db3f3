// Engagements as a sortable table (cards below 640 px). Sorting applies to the rows given;
// column headers are buttons with aria-sort, so the order can be changed from the keyboard, and
// SortSelect offers the same choice where the cards have no header row.
import { useState } from 'preact/hooks';
import { engagementDate, label, placeOf, refDate } from '../format.ts';
import { engagementHref, personHref } from '../links.ts';
import { Link } from '../router.tsx';
import type { EngagementItem } from '../api.ts';
import { PartyList } from './PartyLink.tsx';

export type SortKey = 'date' | 'type' | 'parties' | 'participants' | 'sources';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const COLUMNS: { key: SortKey; title: string }[] = [
  { key: 'date', title: 'Date' },
  { key: 'type', title: 'Type' },
  { key: 'parties', title: 'Parties' },
  { key: 'participants', title: 'Participants' },
  { key: 'sources', title: 'Sources' },
];

export function parseSort(value: string | null): Sort {
  const [key, dir] = (value ?? '').split(':');
  const known = COLUMNS.some((c) => c.key === key);
  return known ? { key: key as SortKey, dir: dir === 'asc' ? 'asc' : 'desc' } : { key: 'date', dir: 'desc' };
}

function sortValue(e: EngagementItem, key: SortKey): string | number {
  switch (key) {
    case 'date':
      return refDate(e);
    case 'type':
      return `${e.type} ${e.status}`;
    case 'parties':
      return e.parties.join(' ');
    case 'participants':
      return e.participants.length;
    case 'sources':
      return e.sources.length;
  }
}

export function sortEngagements(items: EngagementItem[], sort: Sort): EngagementItem[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c !== 0 ? sign * c : sign * (a.id - b.id);
  });
}

interface Props {
  items: EngagementItem[];
  caption: string;
  sort?: Sort;
  onSort?: (sort: Sort) => void;
}

export function EngagementTable({ items, caption, sort: given, onSort }: Props) {
  const [local, setLocal] = useState<Sort>({ key: 'date', dir: 'desc' });
  const sort = given ?? local;
  const change = onSort ?? setLocal;
  const rows = sortEngagements(items, sort);
  const toggle = (key: SortKey): void =>
    change({ key, dir: sort.key === key && sort.dir === 'desc' ? 'asc' : key === 'date' ? 'desc' : 'asc' });
  return (
    <table class="engagements responsive">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? `${sort.dir}ending` : 'none'}>
              <button type="button" class="sort" onClick={() => toggle(c.key)}>
                {c.title}
                <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
          <th scope="col">Where · occasion · topics</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id} data-engagement={e.id}>
            <td data-label="Date">
              <Link href={engagementHref(e)} class="open">
                {engagementDate(e)}
              </Link>
              {e.dateInferred ? (
                <span class="badge" title="date inferred, not stated">
                  {' '}
                  inferred
                </span>
              ) : null}
            </td>
            <td data-label="Type">
              {e.type}
              {e.status !== 'held' ? <span class="badge"> {e.status}</span> : null}
            </td>
            <td data-label="Parties">
              <PartyList codes={e.parties} />
            </td>
            <td data-label="Participants">
              {e.participants.map((p, i) => (
                <span key={p.personId}>
                  {i > 0 ? '; ' : ''}
                  <Link href={personHref(p.personId)}>{p.name}</Link>
                </span>
              ))}
            </td>
            <td data-label="Sources">{e.sources.length}</td>
            <td data-label="Details">
              {[placeOf(e), e.occasion].filter(Boolean).join(' · ')}
              {e.topics.length ? <div class="topics">{e.topics.map(label).join(', ')}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The sort order as a labelled select: the same choice as the column headers, for narrow
// screens where the table becomes cards without a header row.
const CHOICES: { value: string; text: string }[] = [
  { value: 'date:desc', text: 'newest first' },
  { value: 'date:asc', text: 'oldest first' },
  { value: 'type:asc', text: 'type' },
  { value: 'parties:asc', text: 'parties' },
  { value: 'participants:desc', text: 'most participants' },
  { value: 'sources:desc', text: 'most sources' },
];

export function SortSelect({ sort, onSort }: { sort: Sort; onSort: (s: Sort) => void }) {
  const value = `${sort.key}:${sort.dir}`;
  return (
    <div class="sort-select">
      <label for="sort">Sort this page by</label>{' '}
      <select
        id="sort"
        value={value}
        onChange={(e) => {
          const [key, dir] = e.currentTarget.value.split(':');
          onSort({ key: key as SortKey, dir: dir === 'asc' ? 'asc' : 'desc' });
        }}
      >
        {CHOICES.some((c) => c.value === value) ? null : <option value={value}>{value.replace(':', ' ')}</option>}
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.text}
          </option>
        ))}
      </select>
    </div>
  );
}
