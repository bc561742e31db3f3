// Home view: search and filter engagements. The filter, the page and the sort order live in
// the URL; the list shows the total, counts by type, export buttons and pagination.
import { apiUrl, type EngagementItem, type Paged, useApi } from '../api.ts';
import { EngagementTable, parseSort, SortSelect, type Sort } from '../components/EngagementTable.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { FilterForm } from '../components/FilterForm.tsx';
import { Empty, ErrorBox, Loading } from '../components/Status.tsx';
import { TypeCounts } from '../components/TypeCounts.tsx';
import { describeFilter, filterFromQuery, PAGE_SIZE } from '../filters.ts';
import { plural } from '../format.ts';
import { href, Link, navigate, type Route } from '../router.tsx';

export function SearchView({ route }: { route: Route }) {
  const filter = filterFromQuery(route.query);
  const offset = Math.max(0, Number.parseInt(route.query.get('offset') ?? '0', 10) || 0);
  const sort = parseSort(route.query.get('sort'));
  const { data, error, loading } = useApi<Paged<EngagementItem>>(
    apiUrl('/api/engagements', { ...filter, limit: PAGE_SIZE, offset }),
  );
  const here = (changes: Record<string, string | number | undefined>): string =>
    href('/', { ...filter, offset: offset || undefined, sort: route.query.get('sort') ?? undefined, ...changes });
  const onSort = (s: Sort): void =>
    navigate(here({ sort: s.key === 'date' && s.dir === 'desc' ? undefined : `${s.key}:${s.dir}` }), {
      replace: true,
    });

  return (
    <>
      <h1>Engagements</h1>
      <FilterForm key={route.query.toString()} filter={filter} />
      <div class="results" aria-busy={loading}>
        {error ? <ErrorBox error={error} /> : null}
        {loading && !data ? <Loading what="engagements" /> : null}
        {data ? (
          <>
            <div class="summary">
              <p role="status" aria-live="polite" data-testid="result-count">
                <strong>{plural(data.total, 'engagement')}</strong> match {describeFilter(filter)}
                {data.total > data.items.length
                  ? ` · showing ${data.offset + 1}–${data.offset + data.items.length}`
                  : ''}
              </p>
              <ExportButtons filter={filter} />
            </div>
            <TypeCounts filter={filter} />
            <SortSelect sort={sort} onSort={onSort} />
            {data.items.length ? (
              <div class="table-wrap">
                <EngagementTable
                  items={data.items}
                  caption={`Engagements (${describeFilter(filter)}); sorting applies to this page`}
                  sort={sort}
                  onSort={onSort}
                />
              </div>
            ) : (
              <Empty>No engagement matches this filter.</Empty>
            )}
            <nav class="pager" aria-label="Pages">
              {offset > 0 ? (
                <Link href={here({ offset: Math.max(0, offset - PAGE_SIZE) || undefined })}>← Newer</Link>
              ) : null}
              {offset + PAGE_SIZE < data.total ? (
                <Link href={here({ offset: offset + PAGE_SIZE })}>Older →</Link>
              ) : null}
            </nav>
          </>
        ) : null}
      </div>
    </>
  );
}
