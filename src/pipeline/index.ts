// The public face of the extraction core: build the stage list once, run it per document.
import { emptyDoc, type Doc } from './doc.ts';
import { ingest, type IngestInput, type IngestLimits } from './ingest/ingest.ts';
import { toRecord, type DocumentRecord } from './record.ts';
import type { Context, Stage } from './stage.ts';
import { createStages } from './stages.ts';

export type { Doc } from './doc.ts';
export type { Context, Stage } from './stage.ts';
export type { DocumentRecord, EventRecord } from './record.ts';
export { createStages } from './stages.ts';
export { PIPELINE_VERSION } from './version.ts';

export const DEFAULT_LIMITS: IngestLimits = { maxBytes: 10 * 1024 * 1024 };

export type ExtractOutcome =
  { ok: true; doc: Doc; record: DocumentRecord } | { ok: false; source: string; reason: string };

/** Optional per-stage timer, used by the benchmark. */
export type StageTimer = (stage: string, ms: number) => void;

export function runStages(doc: Doc, ctx: Context, stages: readonly Stage[], timer?: StageTimer): Doc {
  let current = doc;
  for (const stage of stages) {
    if (timer) {
      const t0 = performance.now();
      current = stage.run(current, ctx);
      timer(stage.name, performance.now() - t0);
    } else {
      current = stage.run(current, ctx);
    }
  }
  return current;
}

export function extractBytes(
  input: IngestInput,
  ctx: Context,
  stages: readonly Stage[] = createStages(),
  limits: IngestLimits = DEFAULT_LIMITS,
  timer?: StageTimer,
): ExtractOutcome {
  const t0 = timer ? performance.now() : 0;
  const got = ingest(input, limits);
  if (timer) timer('ingest', performance.now() - t0);
  if (!got.ok) return { ok: false, source: input.source, reason: got.reason };
  const start: Doc = {
    ...emptyDoc(input.source, got.text),
    title: got.title,
    published: got.published
      ? { value: got.published.value, evidence: { start: 0, end: 0, rule: got.published.rule, provenance: 'stated' } }
      : null,
    diagnostics: got.diagnostics,
  };
  const doc = runStages(start, ctx, stages, timer);
  return { ok: true, doc, record: toRecord(doc) };
}

export function extractText(source: string, text: string, ctx: Context, stages?: readonly Stage[]): ExtractOutcome {
  return extractBytes({ source, bytes: new TextEncoder().encode(text) }, ctx, stages);
}
