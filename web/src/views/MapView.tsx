// World map of one party's engagements: choose a party (kept in the URL), countries are
// coloured by engagements with it; counterparts that are organisations are listed below.
import { useState } from 'preact/hooks';
import { type Dossier, useApi } from '../api.ts';
import { PartyInput, PartyLink } from '../components/PartyLink.tsx';
import { Empty, ErrorBox, Loading, Section } from '../components/Status.tsx';
import { shade, WorldMap } from '../components/WorldMap.tsx';
import { partyLabel, plural } from '../format.ts';
import { mapHref, timelineHref } from '../links.ts';
import { Link, navigate, type Route } from '../router.tsx';

export function MapView({ route }: { route: Route }) {
  const party = (route.query.get('party') ?? '').trim().toUpperCase();
  const [input, setInput] = useState(party);
  const { data, error, loading } = useApi<Dossier>(party ? `/api/dossier/${encodeURIComponent(party)}` : null);
  const counts = new Map((data?.counterparts ?? []).map((c) => [c.party, c.engagements]));
  const max = Math.max(1, ...counts.values());
  return (
    <>
      <h1>World map{party ? `: ${partyLabel(party)}` : ''}</h1>
      <form
        class="filters compact"
        aria-label="Choose a party"
        onSubmit={(e) => {
          e.preventDefault();
          if (input.trim()) navigate(mapHref(input.trim().toUpperCase()));
        }}
      >
        <PartyInput id="m-party" label="Party" value={input} onInput={setInput} required />
        <div class="actions">
          <button type="submit">Show</button>
        </div>
      </form>
      {!party ? <Empty>Choose a party to colour the countries it engaged with.</Empty> : null}
      {error ? <ErrorBox error={error} /> : null}
      {loading ? <Loading what="engagements" /> : null}
      {data ? (
        <>
          <p class="muted" role="status">
            {plural(data.engagements, 'engagement')} with {plural(data.counterparts.length, 'counterpart')}.{' '}
            <Link href={`/dossier/${encodeURIComponent(party)}`}>Open the dossier</Link>
          </p>
          <WorldMap party={party} counts={counts} />
          <p class="legend" aria-hidden="true">
            <span class="swatch" style={{ background: shade(1, max) }} /> 1{' '}
            <span class="swatch" style={{ background: shade(max, max) }} /> {max} engagements{' '}
            <span class="swatch" style={{ background: '#e08a1e' }} /> {party}
          </p>
          <Section id="map-counterparts" title="Counterparts">
            {data.counterparts.length ? (
              <ul class="plain columns">
                {data.counterparts.map((c) => (
                  <li key={c.party}>
                    <PartyLink code={c.party} full />: <Link href={timelineHref(party, c.party)}>{c.engagements}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>No counterparts.</Empty>
            )}
          </Section>
        </>
      ) : null}
    </>
  );
}
