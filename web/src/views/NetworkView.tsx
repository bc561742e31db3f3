// Network of parties: who engages with whom, filtered by period and topic (state in the URL).
// Click a node for its dossier; the strongest links are also listed as a table.
import { useState } from 'preact/hooks';
import { apiUrl, type PartyNetwork, useApi } from '../api.ts';
import { ForceGraph } from '../components/ForceGraph.tsx';
import { PartyLink } from '../components/PartyLink.tsx';
import { Empty, ErrorBox, Loading, Section } from '../components/Status.tsx';
import { DATE_BOUND } from '../filters.ts';
import { label, plural, TOPICS } from '../format.ts';
import { timelineHref } from '../links.ts';
import { href, Link, navigate, type Route } from '../router.tsx';

const SIZES = [30, 60, 120];

function NetworkFilter({ route }: { route: Route }) {
  const q = route.query;
  const [v, setV] = useState({
    from: q.get('from') ?? '',
    to: q.get('to') ?? '',
    topic: q.get('topic') ?? '',
    top: q.get('top') ?? '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: Event): void => {
    e.preventDefault();
    if ((v.from && !DATE_BOUND.test(v.from)) || (v.to && !DATE_BOUND.test(v.to)))
      return setProblem('Dates are YYYY, YYYY-MM or YYYY-MM-DD.');
    setProblem(null);
    navigate(href('/network', v));
  };
  return (
    <form class="filters compact" aria-label="Network filter" onSubmit={submit}>
      <div class="field">
        <label for="n-from">From</label>
        <input
          id="n-from"
          value={v.from}
          placeholder="YYYY"
          onInput={(e) => setV({ ...v, from: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="n-to">To</label>
        <input id="n-to" value={v.to} placeholder="YYYY" onInput={(e) => setV({ ...v, to: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="n-topic">Topic</label>
        <select id="n-topic" value={v.topic} onChange={(e) => setV({ ...v, topic: e.currentTarget.value })}>
          <option value="">any</option>
          {TOPICS.map((t) => (
            <option key={t} value={t}>
              {label(t)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="n-top">Parties shown</label>
        <select id="n-top" value={v.top || '60'} onChange={(e) => setV({ ...v, top: e.currentTarget.value })}>
          {SIZES.map((n) => (
            <option key={n} value={String(n)}>
              top {n}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="submit">Show</button>
      </div>
      {problem ? (
        <p role="alert" class="error">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

export function NetworkView({ route }: { route: Route }) {
  const q = route.query;
  const top = SIZES.includes(Number(q.get('top'))) ? Number(q.get('top')) : 60;
  const url = apiUrl('/api/network', { from: q.get('from'), to: q.get('to'), topic: q.get('topic') });
  const { data, error, loading } = useApi<PartyNetwork>(url);
  const nodes = data?.nodes.slice(0, top) ?? [];
  const shown = new Set(nodes.map((n) => n.party));
  const edges = data?.edges.filter((e) => shown.has(e.a) && shown.has(e.b)) ?? [];
  return (
    <>
      <h1>Network of parties</h1>
      <NetworkFilter key={q.toString()} route={route} />
      {error ? <ErrorBox error={error} /> : null}
      {loading ? <Loading what="the network" /> : null}
      {data ? (
        <>
          <p class="muted" role="status">
            {plural(data.nodes.length, 'party', 'parties')} and {plural(data.edges.length, 'link')} from{' '}
            {plural(data.scanned, 'engagement')}
            {data.truncated ? ` (the newest ${data.scanned} of ${data.total})` : ''}
            {data.nodes.length > top ? `; the ${top} most engaged are drawn` : ''}.
          </p>
          {nodes.length ? (
            <ForceGraph key={url + top} nodes={nodes} edges={edges} />
          ) : (
            <Empty>No engagements match.</Empty>
          )}
          <Section id="links" title="Strongest links">
            <div class="table-wrap">
              <table class="responsive">
                <caption>Pairs of parties by shared engagements</caption>
                <thead>
                  <tr>
                    <th scope="col">Parties</th>
                    <th scope="col">Engagements</th>
                  </tr>
                </thead>
                <tbody>
                  {data.edges.slice(0, 20).map((e) => (
                    <tr key={`${e.a}-${e.b}`}>
                      <td data-label="Parties">
                        <PartyLink code={e.a} /> – <PartyLink code={e.b} />
                      </td>
                      <td data-label="Engagements">
                        <Link href={timelineHref(e.a, e.b)}>{e.engagements}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        </>
      ) : null}
    </>
  );
}
