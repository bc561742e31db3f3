// A compact list of engagements (date · type · parties · people), each linking to its page.
// Used where a full table would be too wide: the dossier's latest engagements.
import { apiUrl, type EngagementItem, type Loaded, type Paged } from '../api.ts';
import { engagementDate, label, placeOf, plural } from '../format.ts';
import { engagementHref, searchHref } from '../links.ts';
import { Link } from '../router.tsx';
import { PartyList } from './PartyLink.tsx';
import { Empty, ErrorBox, Loading } from './Status.tsx';

export function EngagementList({ items }: { items: EngagementItem[] }) {
  return (
    <ol class="plain compact-list" data-testid="engagement-list">
      {items.map((e) => (
        <li key={e.id}>
          <Link href={engagementHref(e)}>
            {engagementDate(e)} · {label(e.type)}
          </Link>
          {e.dateInferred ? <span class="badge warn"> inferred</span> : null} <PartyList codes={e.parties} />
          <div class="muted">
            {[e.participants.map((p) => p.name).join(', '), placeOf(e), e.occasion].filter(Boolean).join(' · ')}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The URL of a party's latest engagements (loaded by the dossier alongside the dossier itself). */
export const latestUrl = (party: string, limit = 10): string => apiUrl('/api/engagements', { party, limit });

/** The latest engagements of a party, with a link to all of them. */
export function LatestEngagements({ party, latest }: { party: string; latest: Loaded<Paged<EngagementItem>> }) {
  const { data, error, loading } = latest;
  if (error) return <ErrorBox error={error} />;
  if (loading || !data) return <Loading what="engagements" />;
  if (!data.items.length) return <Empty>No engagements.</Empty>;
  return (
    <>
      <EngagementList items={data.items} />
      {data.total > data.items.length ? (
        <p>
          <Link href={searchHref({ party })}>All {plural(data.total, 'engagement')}</Link>
        </p>
      ) : null}
    </>
  );
}
