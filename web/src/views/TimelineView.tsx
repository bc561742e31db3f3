// Timeline of engagements for a party (?party=VNM, its latest 200) or a pair (?a=VNM&b=USA,
// all of them), oldest first, grouped by year.
import { useState } from 'preact/hooks';
import { apiUrl, type EngagementItem, type Paged, useApi } from '../api.ts';
import { PartyInput, PartyList } from '../components/PartyLink.tsx';
import { Empty, ErrorBox, Loading } from '../components/Status.tsx';
import { engagementDate, label, partyLabel, placeOf, plural, refDate } from '../format.ts';
import { engagementHref, timelineHref } from '../links.ts';
import { Link, navigate, type Route } from '../router.tsx';

interface Timeline {
  items: EngagementItem[];
  total: number;
}

function useTimeline(a: string, b: string): { data: Timeline | null; error: Error | null; loading: boolean } {
  const pair = useApi<{ items: EngagementItem[]; total: number }>(
    a && b ? `/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}` : null,
  );
  const single = useApi<Paged<EngagementItem>>(a && !b ? apiUrl('/api/engagements', { party: a, limit: 200 }) : null);
  if (a && b) return pair;
  const data = single.data ? { items: [...single.data.items].reverse(), total: single.data.total } : null;
  return { data, error: single.error, loading: single.loading };
}

export function TimelineView({ route }: { route: Route }) {
  const q = route.query;
  const a = (q.get('a') ?? q.get('party') ?? '').toUpperCase();
  const b = (q.get('b') ?? '').toUpperCase();
  const [form, setForm] = useState({ a, b });
  const { data, error, loading } = useTimeline(a, b);
  const years = new Map<string, EngagementItem[]>();
  for (const e of data?.items ?? []) {
    const y = refDate(e).slice(0, 4) || 'undated';
    years.set(y, [...(years.get(y) ?? []), e]);
  }
  return (
    <>
      <h1>Timeline{a ? `: ${partyLabel(a)}${b ? ` – ${partyLabel(b)}` : ''}` : ''}</h1>
      <form
        class="filters compact"
        aria-label="Choose a party or a pair"
        onSubmit={(e) => {
          e.preventDefault();
          if (form.a.trim())
            navigate(timelineHref(form.a.trim().toUpperCase(), form.b.trim().toUpperCase() || undefined));
        }}
      >
        <PartyInput id="t-a" label="Party" value={form.a} onInput={(v) => setForm({ ...form, a: v })} required />
        <PartyInput id="t-b" label="With (optional)" value={form.b} onInput={(v) => setForm({ ...form, b: v })} />
        <div class="actions">
          <button type="submit">Show</button>
        </div>
      </form>
      {!a ? <Empty>Choose a party, or two for a pair.</Empty> : null}
      {error ? <ErrorBox error={error} /> : null}
      {loading ? <Loading what="the timeline" /> : null}
      {data ? (
        <>
          <p class="muted" role="status">
            {plural(data.total, 'engagement')}
            {data.total > data.items.length ? `; the latest ${data.items.length} are shown` : ''}
          </p>
          {data.items.length === 0 ? <Empty>No engagements.</Empty> : null}
          <ol class="timeline" data-testid="timeline">
            {[...years].map(([year, items]) => (
              <li key={year}>
                <h2 class="year">{year}</h2>
                <ol>
                  {items.map((e) => (
                    <li key={e.id} class={`t-${e.status}`}>
                      <Link href={engagementHref(e)}>
                        {engagementDate(e)} · {label(e.type)}
                      </Link>
                      {e.status !== 'held' ? <span class="badge"> {e.status}</span> : null}{' '}
                      <PartyList codes={e.parties} />
                      <div class="muted">
                        {[e.participants.map((p) => p.name).join(', '), placeOf(e), e.occasion]
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
