import type { Doc } from './doc.ts';
import type { Knowledge } from '../knowledge/index.ts';

/** What every stage may read besides the document: built once, never mutated. */
export interface Context {
  knowledge: Knowledge;
}

/** One pipeline step: a name and a pure function that returns a new Doc with a layer added. */
export interface Stage {
  name: string;
  run(doc: Doc, ctx: Context): Doc;
}
