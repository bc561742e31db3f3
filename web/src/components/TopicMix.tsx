// Topic mix over time: a years × topics table whose cells are shaded by their share of the
// year's topic mentions. A real table, so it reads and navigates like one.
import { label } from '../format.ts';
import { searchHref } from '../links.ts';
import { Link } from '../router.tsx';

interface Row {
  year: string | null;
  topic: string;
  engagements: number;
}

export function TopicMix({ rows, party }: { rows: Row[]; party: string }) {
  const years = [...new Set(rows.map((r) => r.year ?? 'undated'))].sort();
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.topic, (totals.get(r.topic) ?? 0) + r.engagements);
  const topics = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  const cell = (year: string, topic: string): number =>
    rows.find((r) => (r.year ?? 'undated') === year && r.topic === topic)?.engagements ?? 0;
  const yearMax = new Map(years.map((y) => [y, Math.max(1, ...topics.map((t) => cell(y, t)))]));
  if (!rows.length) return <p class="empty">No topics recorded.</p>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Topic mix over time (scrollable)">
      <table class="heat">
        <caption>Engagements per topic and year (shade: share of the year's busiest topic)</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            {years.map((y) => (
              <th scope="col" key={y}>
                {y}
              </th>
            ))}
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => (
            <tr key={t}>
              <th scope="row">
                <Link href={searchHref({ party, topic: t })}>{label(t)}</Link>
              </th>
              {years.map((y) => {
                const n = cell(y, t);
                const share = n / (yearMax.get(y) ?? 1);
                return (
                  <td key={y} style={{ '--share': share.toFixed(2) }} class={share > 0.55 ? 'dark' : ''}>
                    {n || ''}
                  </td>
                );
              })}
              <td>{totals.get(t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
