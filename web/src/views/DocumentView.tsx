// One stored article and the engagements it reports (GET /api/documents/:id/engagements), with
// every engagement's evidence highlighted. Ingest results link here.
import { type DocumentEngagements, useApi } from '../api.ts';
import { ArticlePanel } from '../components/ArticlePanel.tsx';
import { EngagementTable } from '../components/EngagementTable.tsx';
import { Empty, ErrorBox, Loading, Section } from '../components/Status.tsx';
import { highlightsFor } from '../evidenceHighlights.ts';
import type { Highlight } from '../evidenceSegments.ts';
import { plural } from '../format.ts';

export function DocumentView({ id }: { id: string }) {
  const docId = Number.parseInt(id, 10);
  const valid = Number.isSafeInteger(docId) && docId > 0 && String(docId) === id;
  const { data, error, loading } = useApi<DocumentEngagements>(valid ? `/api/documents/${docId}/engagements` : null);
  if (!valid) return <ErrorBox error={`"${id}" is not a document id.`} />;
  const highlights: Highlight[] = [];
  for (const e of data?.items ?? [])
    for (const s of e.sources) if (s.documentId === docId) highlights.push(...highlightsFor(s.evidence, null));
  return (
    <>
      <h1>Article {docId}</h1>
      <div class="split">
        <Section id="doc-engagements" title="Engagements it reports">
          {error ? <ErrorBox error={error} /> : null}
          {loading ? <Loading what="engagements" /> : null}
          {data ? (
            data.items.length ? (
              <div class="table-wrap">
                <EngagementTable items={data.items} caption={plural(data.items.length, 'engagement')} />
              </div>
            ) : (
              <Empty>No engagement was found in this article.</Empty>
            )
          ) : null}
        </Section>
        <Section id="doc-text" title="Article">
          <ArticlePanel documentId={docId} highlights={highlights} />
        </Section>
      </div>
    </>
  );
}
