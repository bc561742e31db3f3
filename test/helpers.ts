// Shared test helpers: one knowledge base per test file, extraction of a string.
import { loadKnowledge } from '../src/knowledge/index.ts';
import { createStages, extractText, type Context, type DocumentRecord } from '../src/pipeline/index.ts';
import type { Doc } from '../src/pipeline/doc.ts';

let ctx: Context | null = null;
export function context(): Context {
  ctx ??= { knowledge: loadKnowledge() };
  return ctx;
}

const stages = createStages();

export function run(text: string, source = 'test.txt'): { doc: Doc; record: DocumentRecord } {
  const out = extractText(source, text, context(), stages);
  if (!out.ok) throw new Error(`expected an extraction, got failure: ${out.reason}`);
  return { doc: out.doc, record: out.record };
}

/** Each person of the text: name, longest title, side. */
export function people(text: string): { name: string; title: string | null; affiliation: string | null }[] {
  return run(text).doc.people.map((p) => ({
    name: p.name,
    title: [...p.titles].sort((a, b) => b.title.length - a.title.length)[0]?.title ?? null,
    affiliation: p.affiliation?.value ?? null,
  }));
}
