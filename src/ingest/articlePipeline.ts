// The write path shared by the CLI (ingest, reextract, watch), the HTTP API and `npm start`: run
// the extraction pipeline on an article and prepare or store the result, or re-run it over a
// stored document a newer pipeline would read differently. The knowledge base and stage list are
// built once per pipeline and reused. Content problems come back as reasons; only programming
// and storage errors throw.
import { loadKnowledge } from '../knowledge/index.ts';
import { createStages, DEFAULT_LIMITS, extractBytes, type Context, type Stage } from '../pipeline/index.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
// prepareSave from its own module: extraction workers load this file, and need none of the
// database code (kysely, drivers) that store.ts brings.
import { prepareSave, type PreparedSave } from '../store/prepareSave.ts';
import type { SaveResult, Store, StoredDocument } from '../store/store.ts';

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
  /** From a feed item, when it has them: preferred to what the text says. */
  title?: string | null;
  published?: string | null;
}

export type Prepared = { ok: true; prepared: PreparedSave; engagements: number } | { ok: false; reason: string };

function reasonOf(err: unknown): string {
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}

/** An ISO day from a feed's date, or null. */
function isoDay(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** Extracts an article and prepares its save (Store.saveExtractions takes a batch of these). */
export function prepareArticle(p: Pipeline, input: ArticleInput): Prepared {
  try {
    const outcome = extractBytes({ source: input.source, bytes: input.bytes }, p.ctx, p.stages, {
      maxBytes: p.maxBytes,
    });
    if (!outcome.ok) return { ok: false, reason: outcome.reason };
    const { doc, record } = outcome;
    const prepared = prepareSave({
      source: input.source,
      url: input.url,
      text: doc.text,
      title: input.title ?? doc.title,
      published: isoDay(input.published) ?? record.published,
      format: input.format,
      record,
      doc,
      pipelineVersion: p.version,
    });
    return { ok: true, prepared, engagements: record.events.length };
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  }
}

export type IngestResult = SaveResult & { engagements: number };

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; source: string; reason: string };

/** Extracts and stores one article in its own transaction. Storage errors are thrown. */
export async function ingestArticle(store: Store, p: Pipeline, input: ArticleInput): Promise<IngestOutcome> {
  const outcome = prepareArticle(p, input);
  if (!outcome.ok) return { ok: false, source: input.source, reason: outcome.reason };
  const [saved] = await store.saveExtractions([outcome.prepared]);
  if (!saved || 'error' in saved) throw new Error(`cannot store ${input.source}: ${saved?.error ?? 'no result'}`);
  return { ok: true, result: { ...saved, engagements: outcome.engagements } };
}

/** Re-extracts one stored document and replaces its records; a reason when it cannot. A document
 * whose text the pipeline now reads differently (stored evidence offsets would not fit) is one. */
export async function reextractDocument(store: Store, p: Pipeline, d: StoredDocument): Promise<string | null> {
  let outcome;
  try {
    const bytes = new TextEncoder().encode(d.text);
    outcome = extractBytes({ source: d.source, bytes }, p.ctx, p.stages, {
      maxBytes: Math.max(p.maxBytes, bytes.length),
    });
  } catch (err) {
    return reasonOf(err);
  }
  if (!outcome.ok) return outcome.reason;
  if (outcome.doc.text !== d.text) return 'the pipeline now reads a different text from this document';
  try {
    await store.replaceExtraction(d.id, outcome.record, outcome.doc, p.version);
    return null;
  } catch (err) {
    return `cannot store: ${err instanceof Error ? err.message : String(err)}`;
  }
}

export interface ReextractSummary {
  processed: number;
  updated: number;
  failed: { documentId: number; reason: string }[];
  /** True when stale documents were left for another call (the batch was full). */
  more: boolean;
}

/** Re-runs the pipeline over up to `batch` stale documents, oldest first. */
export async function reextractStale(store: Store, p: Pipeline, batch: number): Promise<ReextractSummary> {
  const docs = await store.staleDocuments(p.version, batch);
  const summary: ReextractSummary = { processed: 0, updated: 0, failed: [], more: docs.length >= batch };
  for (const d of docs) {
    summary.processed += 1;
    const reason = await reextractDocument(store, p, d);
    if (reason === null) summary.updated += 1;
    else summary.failed.push({ documentId: d.id, reason });
  }
  return summary;
}
