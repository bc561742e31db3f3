// The page frame (skip link, navigation, corpus counts) and the route table. On in-app
// navigation focus moves to the main region so keyboard and screen-reader users start there.
import { useEffect, useRef } from 'preact/hooks';
import { type Stats, useApi } from './api.ts';
import { PartyOptions } from './components/PartyLink.tsx';
import { ErrorBox } from './components/Status.tsx';
import { plural } from './format.ts';
import { Link, matchPath, useRoute, type Route } from './router.tsx';
import { DocumentView } from './views/DocumentView.tsx';
import { DossierView } from './views/DossierView.tsx';
import { EngagementView } from './views/EngagementView.tsx';
import { IngestView } from './views/IngestView.tsx';
import { MapView } from './views/MapView.tsx';
import { NetworkView } from './views/NetworkView.tsx';
import { PersonView } from './views/PersonView.tsx';
import { SearchView } from './views/SearchView.tsx';
import { TimelineView } from './views/TimelineView.tsx';

const NAV = [
  { href: '/', label: 'Engagements', match: (p: string) => p === '/' || p.startsWith('/engagement') },
  { href: '/network', label: 'Network', match: (p: string) => p === '/network' },
  { href: '/map', label: 'Map', match: (p: string) => p === '/map' },
  { href: '/timeline', label: 'Timeline', match: (p: string) => p === '/timeline' },
  { href: '/ingest', label: 'Ingest', match: (p: string) => p === '/ingest' },
];

function View({ route }: { route: Route }) {
  const p = route.path;
  let m: Record<string, string> | null;
  if (p === '/' || p === '') return <SearchView route={route} />;
  if ((m = matchPath('/engagement/:id', p))) return <EngagementView id={m.id ?? ''} route={route} />;
  if ((m = matchPath('/dossier/:party', p))) return <DossierView key={m.party} party={m.party ?? ''} />;
  if ((m = matchPath('/person/:id', p))) return <PersonView id={m.id ?? ''} />;
  if ((m = matchPath('/document/:id', p))) return <DocumentView id={m.id ?? ''} />;
  if (p === '/network') return <NetworkView route={route} />;
  if (p === '/map') return <MapView key={route.query.get('party') ?? ''} route={route} />;
  if (p === '/timeline') return <TimelineView key={route.query.toString()} route={route} />;
  if (p === '/ingest') return <IngestView />;
  return (
    <ErrorBox error={`No page at ${p}.`}>
      <Link href="/">Go to the engagements</Link>
    </ErrorBox>
  );
}

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const stats = useApi<Stats>('/api/stats');
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.path]);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href="/" class="brand">
          Sidelines
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href} aria-current={n.match(route.path) ? 'page' : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {stats.data ? (
          <p class="counts">
            {plural(stats.data.documents, 'article')} · {plural(stats.data.engagements, 'engagement')}
          </p>
        ) : null}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
      <PartyOptions />
    </>
  );
}
