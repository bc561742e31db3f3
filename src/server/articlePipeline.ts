// The write path shared by the API and `npm start`: run the extraction pipeline on an article
// and store the result, or re-run it over stored documents a newer pipeline would read
// differently. The knowledge base and stage list are built once per pipeline and reused.
import { loadKnowledge } from '../knowledge/index.ts';
import { createStages, DEFAULT_LIMITS, extractBytes, type Context, type Stage } from '../pipeline/index.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import type { SaveResult, Store } from '../store/store.ts';

export interface Pipeline {
  readonly version: string;
  readonly ctx: Context;
  readonly stages: readonly Stage[];
  readonly maxBytes: number;
}

export function createPipeline(options: { maxBytes?: number; version?: string } = {}): Pipeline {
  return {
    version: options.version ?? PIPELINE_VERSION,
    ctx: { knowledge: loadKnowledge() },
    stages: createStages(),
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
  };
}

export interface ArticleInput {
  /** Shown back in results: a path, a URL or a label. */
  source: string;
  /** Canonical URL, when the article has one: the same URL with new text is a new version. */
  url: string | null;
  bytes: Uint8Array;
  format: string | null;
}

export type IngestResult = SaveResult & { engagements: number };

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; source: string; reason: string };

function reasonOf(err: unknown): string {
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}

/** Extracts and stores one article. Content problems (empty, binary, no article body) come back
 * as {ok: false, reason}; storage errors are thrown. */
export async function ingestArticle(store: Store, p: Pipeline, input: ArticleInput): Promise<IngestOutcome> {
  let outcome;
  try {
    outcome = extractBytes({ source: input.source, bytes: input.bytes }, p.ctx, p.stages, { maxBytes: p.maxBytes });
  } catch (err) {
    return { ok: false, source: input.source, reason: reasonOf(err) };
  }
  if (!outcome.ok) return outcome;
  const { doc, record } = outcome;
  const saved = await store.saveExtraction({
    source: input.source,
    url: input.url,
    text: doc.text,
    title: doc.title,
    published: record.published,
    format: input.format,
    record,
    doc,
    pipelineVersion: p.version,
  });
  return { ok: true, result: { ...saved, engagements: record.events.length } };
}

export interface ReextractSummary {
  processed: number;
  updated: number;
  failed: { documentId: number; reason: string }[];
  /** True when stale documents were left for another call (the batch was full). */
  more: boolean;
}

/** Re-runs the pipeline over up to `batch` stale documents, oldest first. A document whose text
 * the pipeline now reads differently (so stored evidence offsets would not fit) is reported. */
export async function reextractStale(store: Store, p: Pipeline, batch: number): Promise<ReextractSummary> {
  const docs = await store.staleDocuments(p.version, batch);
  const summary: ReextractSummary = { processed: 0, updated: 0, failed: [], more: docs.length >= batch };
  const encoder = new TextEncoder();
  for (const d of docs) {
    summary.processed += 1;
    let outcome;
    try {
      outcome = extractBytes({ source: d.source, bytes: encoder.encode(d.text) }, p.ctx, p.stages, {
        maxBytes: Math.max(p.maxBytes, DEFAULT_LIMITS.maxBytes),
      });
    } catch (err) {
      outcome = { ok: false as const, source: d.source, reason: reasonOf(err) };
    }
    if (!outcome.ok) summary.failed.push({ documentId: d.id, reason: outcome.reason });
    else if (outcome.doc.text !== d.text)
      summary.failed.push({ documentId: d.id, reason: 'the pipeline now reads a different text from this document' });
    else {
      await store.replaceExtraction(d.id, outcome.record, outcome.doc, p.version);
      summary.updated += 1;
    }
  }
  return summary;
}
