// Counts of the current filter's engagements per type (one count request per type, limit=1),
// each a link that narrows the filter to that type.
import { useEffect, useState } from 'preact/hooks';
import { apiUrl, getJson, type Paged } from '../api.ts';
import type { Filter } from '../filters.ts';
import { ENGAGEMENT_TYPES } from '../format.ts';
import { searchHref } from '../links.ts';
import { Link } from '../router.tsx';

export function TypeCounts({ filter }: { filter: Filter }) {
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const key = JSON.stringify(filter);
  useEffect(() => {
    if (filter.type) return setCounts(null);
    const ctrl = new AbortController();
    Promise.all(
      ENGAGEMENT_TYPES.map((type) =>
        getJson<Paged<unknown>>(apiUrl('/api/engagements', { ...filter, type, limit: 1 }), ctrl.signal).then(
          (p) => [type, p.total] as const,
        ),
      ),
    ).then(
      (pairs) => setCounts(Object.fromEntries(pairs)),
      () => setCounts(null),
    );
    return () => ctrl.abort();
  }, [key]);
  if (!counts) return null;
  const shown = ENGAGEMENT_TYPES.filter((t) => (counts[t] ?? 0) > 0);
  if (!shown.length) return null;
  return (
    <nav class="facets" aria-label="Counts by type">
      <span>By type:</span>
      <ul>
        {shown.map((t) => (
          <li key={t}>
            <Link href={searchHref({ ...filter, type: t })}>
              {t} <span class="count">{(counts[t] ?? 0).toLocaleString('en')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
