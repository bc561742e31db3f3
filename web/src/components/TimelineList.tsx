// Engagements on a timeline, under a heading per year, in the order given (a page of a pair's
// timeline, or a party's latest engagements).
import type { EngagementItem } from '../api.ts';
import { engagementDate, label, placeOf, refDate } from '../format.ts';
import { engagementHref } from '../links.ts';
import { Link } from '../router.tsx';
import { PartyList } from './PartyLink.tsx';

export function TimelineList({ items }: { items: EngagementItem[] }) {
  const years = new Map<string, EngagementItem[]>();
  for (const e of items) {
    const y = refDate(e).slice(0, 4) || 'undated';
    years.set(y, [...(years.get(y) ?? []), e]);
  }
  return (
    <ol class="timeline" data-testid="timeline">
      {[...years].map(([year, list]) => (
        <li key={year}>
          <h2 class="year">{year}</h2>
          <ol>
            {list.map((e) => (
              <li key={e.id} class={`t-${e.status}`} data-engagement={e.id}>
                <Link href={engagementHref(e)}>
                  {engagementDate(e)} · {label(e.type)}
                </Link>
                {e.status !== 'held' ? <span class="badge"> {e.status}</span> : null} <PartyList codes={e.parties} />
                <div class="muted">
                  {[e.participants.map((p) => p.name).join(', '), placeOf(e), e.occasion].filter(Boolean).join(' · ')}
                </div>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
