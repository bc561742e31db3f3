// A real store (SQLite file, or PostgreSQL when TEST_DATABASE_URL is set) filled by running the
// pipeline on the articles in articles.ts, and the API app over it, driven with app.request.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { PIPELINE_VERSION } from '../../src/pipeline/version.ts';
import { createApp, type AppDeps } from '../../src/server/createApp.ts';
import { serverConfig, type ServerConfigInput } from '../../src/server/serverConfig.ts';
import type { Store } from '../../src/store/store.ts';
import { run } from '../helpers.ts';
import { backends, type TestBackend } from '../store/backends.ts';
import { ARTICLES } from './articles.ts';

export { backends, type TestBackend };

export const TOKEN = 'test-token-0123456789abcdef';
/** The one article stored with an old pipeline version, for POST /api/reextract. */
export const STALE_SOURCE = 'vnm-usa-2022.txt';

export interface Fixture {
  app: OpenAPIHono;
  store: Store;
  /** Document ids by source name. */
  ids: Record<string, number>;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: unknown; res: Response }>;
  post(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown; res: Response }>;
  cleanup(): Promise<void>;
}

export async function fillStore(store: Store): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const [source, text] of Object.entries(ARTICLES)) {
    const { doc, record } = run(text, source);
    const saved = await store.saveExtraction({
      source,
      url: `https://news.example/${source.replace('.txt', '')}`,
      text: doc.text,
      title: doc.title,
      published: record.published,
      format: 'text',
      record,
      doc,
      pipelineVersion: source === STALE_SOURCE ? 'old-version' : PIPELINE_VERSION,
    });
    ids[source] = saved.documentId;
  }
  return ids;
}

async function parse(res: Response): Promise<{ status: number; body: unknown; res: Response }> {
  const text = await res.text();
  let body: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: res.status, body, res };
}

export async function openFixture(
  backend: TestBackend,
  config: ServerConfigInput = { token: TOKEN },
  deps: Partial<AppDeps> = {},
): Promise<Fixture> {
  const opened = await backend.open();
  const ids = await fillStore(opened.store);
  const app = createApp({ store: opened.store, config: serverConfig(config), logError: () => undefined, ...deps });
  return {
    app,
    store: opened.store,
    ids,
    get: async (path, headers = {}) => parse(await app.request(path, { headers })),
    post: async (path, body, headers = {}) =>
      parse(
        await app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    cleanup: opened.cleanup,
  };
}

/** The body as a record, for reading fields in assertions. */
export function obj(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error(`not an object: ${String(body)}`);
  return body as Record<string, unknown>;
}

export function items(body: unknown): Record<string, unknown>[] {
  return obj(body).items as Record<string, unknown>[];
}

export const auth = { authorization: `Bearer ${TOKEN}` };
