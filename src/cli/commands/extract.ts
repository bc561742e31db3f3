// `sidelines extract [--json] FILE...`: every readable input goes through the pipeline; every
// failure is one line on stderr and the others are still processed. Exit 1 if any input failed.
import type { Writable } from 'node:stream';
import {
  createStages,
  extractBytes,
  DEFAULT_LIMITS,
  type DocumentRecord,
  type ExtractOutcome,
} from '../../pipeline/index.ts';
import type { Context, Stage } from '../../pipeline/index.ts';
import type { IngestLimits } from '../../pipeline/ingest/ingest.ts';
import { loadKnowledge } from '../../knowledge/index.ts';
import type { Config, Io } from '../config.ts';
import { formatDocument, makeStyle } from '../formatTable.ts';
import { readInput } from '../../sources/readInput.ts';

/** Keeps a report on one line whatever the path or reason contains. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\p{Cc}]+/gu, ' ').trim();
}

export function reportFailure(stderr: Writable, source: string, reason: string): void {
  stderr.write(`sidelines: ${oneLine(source)}: ${oneLine(reason) || 'failed'}\n`);
}

/** The pipeline must not throw on content; if a stage still does, that input fails, not the run. */
function safeExtract(
  source: string,
  bytes: Uint8Array,
  ctx: Context,
  stages: readonly Stage[],
  limits: IngestLimits,
): ExtractOutcome {
  try {
    return extractBytes({ source, bytes }, ctx, stages, limits);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, source, reason: `internal error: ${message}` };
  }
}

export async function runExtract(config: Config, io: Io): Promise<number> {
  // Built once per run, shared by every input.
  const ctx: Context = { knowledge: loadKnowledge() };
  const stages = createStages();
  const limits: IngestLimits = { ...DEFAULT_LIMITS, maxBytes: config.maxBytes };
  const style = makeStyle(config.color);
  const records: DocumentRecord[] = [];
  let failures = 0;
  let printed = 0;

  for (const path of config.files) {
    const input = await readInput(path, config.maxBytes, io.stdin);
    const outcome = input.ok ? safeExtract(input.source, input.bytes, ctx, stages, limits) : input;
    if (!outcome.ok) {
      failures += 1;
      reportFailure(io.stderr, outcome.source, outcome.reason);
      continue;
    }
    if (config.json) {
      records.push(outcome.record);
    } else {
      io.stdout.write(`${printed > 0 ? '\n' : ''}${formatDocument(outcome.record, style)}\n`);
      printed += 1;
    }
  }

  if (config.json) io.stdout.write(`${JSON.stringify({ documents: records }, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}
