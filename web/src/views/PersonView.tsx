// A person: offices over time, aliases, engagements and the people they met most.
import { type PersonProfile, useApi } from '../api.ts';
import { EngagementTable } from '../components/EngagementTable.tsx';
import { PartyLink } from '../components/PartyLink.tsx';
import { Empty, ErrorBox, Loading, Section } from '../components/Status.tsx';
import { plural } from '../format.ts';
import { personHref, searchHref } from '../links.ts';
import { Link } from '../router.tsx';

export function PersonView({ id }: { id: string }) {
  const { data: p, error, loading } = useApi<PersonProfile>(`/api/people/${encodeURIComponent(id)}`);
  if (error) return <ErrorBox error={error} />;
  if (loading || !p) return <Loading what="the person" />;
  const offices = [...p.offices].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  return (
    <>
      <h1 data-testid="person-name">{p.name}</h1>
      <p class="links">
        {p.affiliation ? <PartyLink code={p.affiliation} full /> : 'affiliation unknown'} ·{' '}
        <Link href={searchHref({ person: String(p.id) })}>Search their engagements</Link>
      </p>
      <div class="grid">
        <Section id="offices" title="Offices over time">
          {offices.length ? (
            <table class="responsive">
              <caption>Offices as the corpus shows them</caption>
              <thead>
                <tr>
                  <th scope="col">Office</th>
                  <th scope="col">For</th>
                  <th scope="col">Seen from</th>
                  <th scope="col">Seen to</th>
                </tr>
              </thead>
              <tbody>
                {offices.map((o, i) => (
                  <tr key={i}>
                    <td data-label="Office">{o.title}</td>
                    <td data-label="For">{o.affiliation ? <PartyLink code={o.affiliation} /> : '–'}</td>
                    <td data-label="Seen from">{o.from ?? '–'}</td>
                    <td data-label="Seen to">{o.to ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty>No office recorded.</Empty>
          )}
          {p.aliases.length ? <p class="muted">Also written: {p.aliases.join(' · ')}</p> : null}
        </Section>
        <Section id="met" title="Counterparts">
          {p.counterparts.length ? (
            <ol class="plain">
              {p.counterparts.map((c) => (
                <li key={c.id}>
                  <Link href={personHref(c.id)}>{c.name}</Link>
                  {c.affiliation ? ` (${c.affiliation})` : ''} · {plural(c.engagements, 'engagement')}
                </li>
              ))}
            </ol>
          ) : (
            <Empty>No counterpart recorded.</Empty>
          )}
        </Section>
      </div>
      <Section id="person-engagements" title={`Engagements (${p.engagements.length})`}>
        {p.engagements.length ? (
          <div class="table-wrap">
            <EngagementTable items={p.engagements} caption={`Engagements of ${p.name}`} />
          </div>
        ) : (
          <Empty>None.</Empty>
        )}
      </Section>
    </>
  );
}
