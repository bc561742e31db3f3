// One engagement: participants with offices and affiliations, date (marked when inferred),
// place, occasion, topics, requests and sources. Every field links to its evidence: the link
// opens the source article beside it with that field's spans highlighted and scrolled to.
import { type DocumentEngagements, type EngagementItem, useApi } from '../api.ts';
import { ArticlePanel, SourceUrl } from '../components/ArticlePanel.tsx';
import { PartyLink, PartyList } from '../components/PartyLink.tsx';
import { ErrorBox, Loading, Section } from '../components/Status.tsx';
import { dateProvenance, hasEvidence, highlightsFor, requestKey, sourceFor } from '../evidenceHighlights.ts';
import { engagementDate, label, partyName, placeOf } from '../format.ts';
import { engagementHref, personHref, searchHref, timelineHref } from '../links.ts';
import { Link, type Route } from '../router.tsx';

interface Ctx {
  item: EngagementItem;
  doc: number;
  src: number | null;
}

function Evidence({ ctx, field, what }: { ctx: Ctx; field: string; what: string }) {
  if (!ctx.item.sources.some((s) => hasEvidence(s.evidence, field))) return null;
  const src = sourceFor(ctx.item, field, ctx.src) ?? undefined;
  return (
    <Link
      href={engagementHref(ctx.item, { doc: ctx.doc, focus: field, src })}
      class="ev-link"
      aria-label={`Evidence for ${what}`}
    >
      evidence
    </Link>
  );
}

function Facts({ ctx }: { ctx: Ctx }) {
  const e = ctx.item;
  const provenance = dateProvenance(e);
  return (
    <dl class="facts">
      <dt>Date</dt>
      <dd data-testid="engagement-date">
        {engagementDate(e)}{' '}
        {e.dateInferred ? (
          <span class="badge warn" title={provenance ?? 'inferred'}>
            inferred{provenance && provenance !== 'inferred' ? ` (${provenance})` : ''}
          </span>
        ) : null}{' '}
        <Evidence ctx={ctx} field="date" what="the date" />
      </dd>
      <dt>Type</dt>
      <dd>
        {e.type} · {e.status} <Evidence ctx={ctx} field="event" what="the engagement" />
      </dd>
      <dt>Parties</dt>
      <dd>
        <PartyList codes={e.parties} />
        {e.parties.length === 2 ? (
          <>
            {' '}
            · <Link href={timelineHref(e.parties[0] ?? '', e.parties[1])}>pair timeline</Link>
          </>
        ) : null}
      </dd>
      <dt>Place</dt>
      <dd>
        {placeOf(e) || 'not stated'} <Evidence ctx={ctx} field="place" what="the place" />
      </dd>
      <dt>Occasion</dt>
      <dd>
        {e.occasion ? <Link href={searchHref({ occasion: e.occasion })}>{e.occasion}</Link> : 'none stated'}{' '}
        <Evidence ctx={ctx} field="occasion" what="the occasion" />
      </dd>
    </dl>
  );
}

export function EngagementView({ id, route }: { id: string; route: Route }) {
  const doc = Number.parseInt(route.query.get('doc') ?? '', 10);
  const { data, error, loading } = useApi<DocumentEngagements>(
    Number.isSafeInteger(doc) && doc > 0 ? `/api/documents/${doc}/engagements` : null,
  );
  if (!(doc > 0))
    return <ErrorBox error="This link does not name a source article (?doc=...). Open the engagement from a list." />;
  if (error) return <ErrorBox error={error} />;
  if (loading || !data) return <Loading what="the engagement" />;
  const item = data.items.find((e) => String(e.id) === id);
  if (!item) return <ErrorBox error={`Engagement ${id} is not reported by document ${doc}.`} />;
  const focus = route.query.get('focus');
  const srcParam = Number.parseInt(route.query.get('src') ?? '', 10);
  const src = item.sources.some((s) => s.documentId === srcParam) ? srcParam : (item.sources[0]?.documentId ?? null);
  const ctx: Ctx = { item, doc, src };
  const source = item.sources.find((s) => s.documentId === src);
  return (
    <>
      <h1>
        {label(item.type)}: {item.parties.map(partyName).join(' – ')}
      </h1>
      <div class="split">
        <div>
          <Section id="facts" title="Engagement">
            <Facts ctx={ctx} />
          </Section>
          <Section id="participants" title="Participants">
            <ul class="plain">
              {item.participants.map((p) => (
                <li key={p.personId}>
                  <Link href={personHref(p.personId)}>{p.name}</Link>
                  {p.title ? `, ${p.title}` : ''}
                  {p.affiliation ? (
                    <>
                      {' '}
                      (<PartyLink code={p.affiliation} />)
                    </>
                  ) : null}{' '}
                  <Evidence ctx={ctx} field={`participant:${p.name}`} what={`participant ${p.name}`} />
                </li>
              ))}
            </ul>
          </Section>
          <Section id="topics" title="Topics">
            <ul class="chips">
              {item.topics.map((t) => (
                <li key={t}>
                  <Link href={searchHref({ topic: t })}>{label(t)}</Link>{' '}
                  <Evidence ctx={ctx} field={`topic:${t}`} what={`topic ${label(t)}`} />
                </li>
              ))}
            </ul>
          </Section>
          {item.requests.length ? (
            <Section id="requests" title="Requests">
              <ul class="plain">
                {item.requests.map((r, i) => (
                  <li key={i}>
                    <PartyLink code={r.by} /> asked <PartyLink code={r.of} /> for <strong>{label(r.kind)}</strong>: “
                    {r.text}” <Evidence ctx={ctx} field={requestKey(r)} what={`the ${label(r.kind)} request`} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section id="sources" title={`Sources (${item.sources.length})`}>
            <ol class="sources">
              {item.sources.map((s) => (
                <li key={s.documentId} class={s.documentId === src ? 'current' : ''}>
                  <Link
                    href={engagementHref(item, { doc, focus: focus ?? undefined, src: s.documentId })}
                    aria-current={s.documentId === src ? 'true' : undefined}
                  >
                    {s.title ?? s.source}
                  </Link>
                  <span class="muted"> · {s.published ?? 'undated'}</span>
                  {s.syndicated ? <span class="badge"> syndicated copy</span> : null}
                  <div class="muted">
                    <SourceUrl url={s.url} />
                  </div>
                </li>
              ))}
            </ol>
          </Section>
        </div>
        <Section id="article" title="Article and evidence">
          {source ? (
            <ArticlePanel documentId={source.documentId} highlights={highlightsFor(source.evidence, focus)} />
          ) : null}
        </Section>
      </div>
    </>
  );
}
