// One stored article (GET /api/documents/:id) with its metadata and, optionally, evidence
// highlights. The source URL becomes a link only when it is http(s).
import { type StoredDocument, useApi } from '../api.ts';
import type { Highlight } from '../evidenceSegments.ts';
import { safeHttpUrl } from '../links.ts';
import { EvidenceLegend, EvidenceText } from './EvidenceText.tsx';
import { ErrorBox, Loading } from './Status.tsx';

export function SourceUrl({ url }: { url: string | null }) {
  if (!url) return null;
  const safe = safeHttpUrl(url);
  return safe ? (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank">
      {url}
    </a>
  ) : (
    <span class="unsafe-url" title="not an http(s) URL: shown as text">
      {url}
    </span>
  );
}

export function ArticlePanel({ documentId, highlights }: { documentId: number; highlights?: Highlight[] }) {
  const { data: doc, error, loading } = useApi<StoredDocument>(`/api/documents/${documentId}`);
  if (error) return <ErrorBox error={error} />;
  if (loading || !doc) return <Loading what="the article" />;
  return (
    <article class="article" aria-labelledby={`doc-${doc.id}-title`} data-document={doc.id}>
      <h3 id={`doc-${doc.id}-title`}>{doc.title ?? doc.source}</h3>
      <dl class="meta">
        <dt>Source</dt>
        <dd>{doc.source}</dd>
        {doc.url ? (
          <>
            <dt>URL</dt>
            <dd>
              <SourceUrl url={doc.url} />
            </dd>
          </>
        ) : null}
        <dt>Published</dt>
        <dd>{doc.published ?? 'unknown'}</dd>
        {doc.nearDuplicateOf !== null ? (
          <>
            <dt>Copy of</dt>
            <dd>document {doc.nearDuplicateOf}</dd>
          </>
        ) : null}
      </dl>
      {highlights?.length ? <EvidenceLegend /> : null}
      <EvidenceText text={doc.text} highlights={highlights ?? []} />
    </article>
  );
}
