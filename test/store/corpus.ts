// Extracting the test articles with the real pipeline and saving them into a store.
import type { SaveResult, Store } from '../../src/store/store.ts';
import { run } from '../helpers.ts';

export const PIPELINE = 'test-1';

export async function save(
  store: Store,
  text: string,
  source: string,
  options: { url?: string; version?: string } = {},
): Promise<SaveResult> {
  const { doc, record } = run(text, source);
  return store.saveExtraction({
    source,
    url: options.url ?? null,
    text: doc.text,
    title: doc.title,
    published: record.published,
    format: 'text',
    record,
    doc,
    pipelineVersion: options.version ?? PIPELINE,
  });
}

/** Strings that would break a query if anything spliced them into SQL, LIKE or FTS syntax. */
export const HOSTILE = [
  "'; DROP TABLE documents; --",
  '" OR 1=1 --',
  "' OR '1'='1",
  '%',
  '_',
  '\\',
  '\\%',
  '%_%',
  'NEAR(a b)',
  '"unbalanced',
  '*',
  'a OR b',
  '1; SELECT pg_sleep(1)',
  '\u0000',
];
