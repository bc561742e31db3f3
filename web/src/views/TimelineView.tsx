// Timeline of engagements for a party (?party=VNM, its latest 200) or a pair (?a=VNM&b=USA),
// grouped by year. A pair's timeline comes a page at a time from the server, oldest first or
// newest first (?order=desc); the page (?offset=50) and the order live in the URL, as every
// view's state does, so a page can be shared and the browser's back button pages back.
import { useState } from 'preact/hooks';
import { apiUrl, type EngagementItem, type Paged, type TimelineOrder, useApi } from '../api.ts';
import { PartyInput } from '../components/PartyLink.tsx';
import { Empty, ErrorBox, Loading } from '../components/Status.tsx';
import { TimelineList } from '../components/TimelineList.tsx';
import { PAGE_SIZE } from '../filters.ts';
import { partyLabel, plural } from '../format.ts';
import { timelineHref } from '../links.ts';
import { Link, navigate, type Route } from '../router.tsx';

interface Timeline extends Paged<EngagementItem> {
  /** A pair's page (the server pages it) rather than a party's latest engagements. */
  pair: boolean;
}

function useTimeline(a: string, b: string, offset: number, order: TimelineOrder) {
  const pairUrl = apiUrl(`/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, {
    limit: PAGE_SIZE,
    offset: offset || undefined,
    order: order === 'desc' ? order : undefined,
  });
  const pair = useApi<Paged<EngagementItem>>(a && b ? pairUrl : null);
  const single = useApi<Paged<EngagementItem>>(a && !b ? apiUrl('/api/engagements', { party: a, limit: 200 }) : null);
  const loaded = a && b ? pair : single;
  let data: Timeline | null = null;
  if (pair.data && a && b) data = { ...pair.data, pair: true };
  // A party's latest engagements come newest first; a timeline reads oldest first.
  else if (single.data && !b) data = { ...single.data, items: [...single.data.items].reverse(), pair: false };
  return { data, error: loaded.error, loading: loaded.loading };
}

/** "Showing 51–100 of 240 engagements, oldest first", or why the page is empty. */
function pageStatus(t: Timeline, order: TimelineOrder): string {
  if (!t.pair)
    return `${plural(t.total, 'engagement')}${t.total > t.items.length ? `; the latest ${t.items.length} are shown` : ''}`;
  if (t.items.length === 0)
    return t.offset > 0 && t.total > 0
      ? `No engagements at offset ${t.offset} (${plural(t.total, 'engagement')} in all)`
      : '0 engagements';
  const first = t.offset + 1;
  const last = t.offset + t.items.length;
  return `Showing ${first}–${last} of ${plural(t.total, 'engagement')}, ${order === 'asc' ? 'oldest' : 'newest'} first`;
}

export function TimelineView({ route }: { route: Route }) {
  const q = route.query;
  const a = (q.get('a') ?? q.get('party') ?? '').toUpperCase();
  const b = (q.get('b') ?? '').toUpperCase();
  const offset = Math.max(0, Number.parseInt(q.get('offset') ?? '0', 10) || 0);
  const order: TimelineOrder = q.get('order') === 'desc' ? 'desc' : 'asc';
  const [form, setForm] = useState({ a, b });
  const { data, error, loading } = useTimeline(a, b, offset, order);
  const here = (page: { offset?: number; order?: TimelineOrder }): string =>
    timelineHref(a, b, { offset, order, ...page });
  const [back, forward] = order === 'asc' ? ['← Earlier', 'Later →'] : ['← Newer', 'Older →'];
  return (
    <>
      <h1>Timeline{a ? `: ${partyLabel(a)}${b ? ` – ${partyLabel(b)}` : ''}` : ''}</h1>
      <form
        class="filters compact"
        aria-label="Choose a party or a pair"
        onSubmit={(e) => {
          e.preventDefault();
          if (form.a.trim())
            navigate(timelineHref(form.a.trim().toUpperCase(), form.b.trim().toUpperCase() || undefined, { order }));
        }}
      >
        <PartyInput id="t-a" label="Party" value={form.a} onInput={(v) => setForm({ ...form, a: v })} required />
        <PartyInput id="t-b" label="With (optional)" value={form.b} onInput={(v) => setForm({ ...form, b: v })} />
        <div class="actions">
          <button type="submit">Show</button>
        </div>
      </form>
      {a && b ? (
        <div class="sort-select">
          <label for="t-order">Order</label>{' '}
          <select
            id="t-order"
            value={order}
            onChange={(e) => navigate(here({ offset: 0, order: e.currentTarget.value === 'desc' ? 'desc' : 'asc' }))}
          >
            <option value="asc">oldest first</option>
            <option value="desc">newest first</option>
          </select>
        </div>
      ) : null}
      {!a ? <Empty>Choose a party, or two for a pair.</Empty> : null}
      {error ? <ErrorBox error={error} /> : null}
      {loading ? <Loading what="the timeline" /> : null}
      {data ? (
        <>
          <p class="muted" role="status" data-testid="timeline-status">
            {pageStatus(data, order)}
          </p>
          {data.items.length === 0 && !(data.pair && data.offset > 0) ? <Empty>No engagements.</Empty> : null}
          {data.items.length ? <TimelineList items={data.items} /> : null}
          {data.pair ? (
            <nav class="pager" aria-label="Pages">
              {offset > 0 ? (
                <Link href={here({ offset: Math.max(0, Math.min(offset, data.total) - PAGE_SIZE) })}>{back}</Link>
              ) : null}
              {offset + PAGE_SIZE < data.total ? (
                <Link href={here({ offset: offset + PAGE_SIZE })}>{forward}</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
