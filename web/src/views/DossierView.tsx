// A country's or organisation's dossier: counterparts ranked, engagements per year (chart),
// topic mix over time, requests made and received, anniversaries (upcoming first), partnership
// level history and officeholders.
import { type Dossier, type EngagementItem, type Paged, useApi } from '../api.ts';
import { LatestEngagements, latestUrl } from '../components/EngagementList.tsx';
import { PartyLink, PartyList } from '../components/PartyLink.tsx';
import { Capped, Empty, ErrorBox, Loading, Section } from '../components/Status.tsx';
import { TopicMix } from '../components/TopicMix.tsx';
import { fillYears, YearChart } from '../components/YearChart.tsx';
import { label, ordinal, partyLabel, plural } from '../format.ts';
import { documentHref, mapHref, personHref, searchHref, timelineHref } from '../links.ts';
import { Link } from '../router.tsx';

function Counterparts({ d }: { d: Dossier }) {
  const max = Math.max(1, ...d.counterparts.map((c) => c.engagements));
  if (!d.counterparts.length) return <Empty>No counterparts yet.</Empty>;
  return (
    <ol class="ranked" data-testid="counterparts">
      {d.counterparts.slice(0, 30).map((c) => (
        <li key={c.party}>
          <PartyLink code={c.party} full />
          <span class="bar" style={{ width: `${(100 * c.engagements) / max}%` }} aria-hidden="true" />
          <Link
            href={timelineHref(d.party, c.party)}
            aria-label={`${plural(c.engagements, 'engagement')} with ${partyLabel(c.party)}: timeline`}
          >
            {c.engagements}
          </Link>
        </li>
      ))}
    </ol>
  );
}

function Requests({ rows, dir }: { rows: { kind: string; party: string; count: number }[]; dir: 'of' | 'by' }) {
  if (!rows.length) return <Empty>None recorded.</Empty>;
  return (
    <Capped
      items={rows}
      limit={12}
      render={(r) => (
        <li key={`${r.kind}-${r.party}`}>
          <strong>{label(r.kind)}</strong> {dir} <PartyLink code={r.party} /> <span class="count">×{r.count}</span>
        </li>
      )}
    />
  );
}

export function DossierView({ party }: { party: string }) {
  const code = party.toUpperCase();
  const { data: d, error, loading } = useApi<Dossier>(`/api/dossier/${encodeURIComponent(code)}`);
  const latest = useApi<Paged<EngagementItem>>(latestUrl(code));
  return (
    <>
      <h1>{partyLabel(code)}</h1>
      <p class="links">
        <Link href={searchHref({ party: code })}>All engagements</Link> ·{' '}
        <Link href={timelineHref(code)}>Timeline</Link> · <Link href={mapHref(code)}>Map</Link>
      </p>
      {error ? <ErrorBox error={error} /> : null}
      {loading && !d ? <Loading what="the dossier" /> : null}
      {d ? (
        <div class="grid" data-testid="dossier" data-party={d.party}>
          <Section id="overview" title={`${plural(d.engagements, 'engagement')}`}>
            <YearChart data={fillYears(d.perYear)} label={`Engagements of ${code} per year`} />
          </Section>
          <Section id="counterparts" title="Counterparts">
            <Counterparts d={d} />
          </Section>
          <Section id="latest" title="Latest engagements">
            <LatestEngagements party={code} latest={latest} />
          </Section>
          <Section id="topics" title="Topic mix over time">
            <TopicMix rows={d.topicsPerYear} party={code} />
          </Section>
          <Section id="requests-made" title="Requests made">
            <Requests rows={d.requestsMade.map((r) => ({ kind: r.kind, party: r.of, count: r.count }))} dir="of" />
          </Section>
          <Section id="requests-received" title="Requests received">
            <Requests rows={d.requestsReceived.map((r) => ({ kind: r.kind, party: r.by, count: r.count }))} dir="by" />
          </Section>
          <Section id="anniversaries" title="Anniversaries">
            {d.anniversaries.length ? (
              <Capped
                items={d.anniversaries}
                limit={12}
                render={(a, i) => (
                  <li key={i}>
                    {a.upcoming ? <span class="badge">upcoming</span> : null} {ordinal(a.ordinal)} of {label(a.subject)}{' '}
                    with <PartyList codes={a.parties.filter((p) => p !== d.party)} /> · {a.year ?? 'year unknown'}
                  </li>
                )}
              />
            ) : (
              <Empty>None recorded.</Empty>
            )}
          </Section>
          <Section id="partnerships" title="Partnership levels">
            {d.partnerships.length ? (
              <Capped
                items={d.partnerships}
                limit={12}
                render={(p, i) => (
                  <li key={i}>
                    <Link href={documentHref(p.documentId)}>{p.date}</Link>: <strong>{label(p.level)}</strong> with{' '}
                    <PartyList codes={p.parties.filter((x) => x !== d.party)} />
                  </li>
                )}
              />
            ) : (
              <Empty>None recorded.</Empty>
            )}
          </Section>
          <Section id="officeholders" title="Officeholders">
            {d.officeholders.length ? (
              <Capped
                items={d.officeholders}
                limit={15}
                render={(p) => (
                  <li key={p.id}>
                    <Link href={personHref(p.id)}>{p.name}</Link>
                    {p.offices.length ? ` — ${p.offices.map((o) => o.title).join('; ')}` : ''}
                  </li>
                )}
              />
            ) : (
              <Empty>None recorded.</Empty>
            )}
          </Section>
        </div>
      ) : null}
    </>
  );
}
