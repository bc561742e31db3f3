// The HTTP API as a Hono app. No port is opened here (see listen.ts), so tests drive it with
// app.request. Routes are thin: zod validates the input (the same schemas generate
// /openapi.json), the Store answers, the result goes out as JSON.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import type { Store } from '../store/store.ts';
import { errorBody, errorHandler, notFound, validationHook, type ErrorLogger } from './apiErrors.ts';
import { createPipeline, type Pipeline } from '../ingest/articlePipeline.ts';
import { registerEngagementRoutes } from './engagementRoutes.ts';
import { registerExploreRoutes } from './exploreRoutes.ts';
import { registerReadRoutes } from './readRoutes.ts';
import { requireToken } from './requireToken.ts';
import type { ServerConfig } from './serverConfig.ts';
import { registerWebUi, type WebUiOptions } from './staticWeb.ts';
import { PEOPLE_IMPORT_PATH, registerPeopleRoutes } from './peopleRoutes.ts';
import { registerWriteRoutes, type FetchArticle } from './writeRoutes.ts';

export interface AppDeps {
  store: Store;
  config: ServerConfig;
  /** Built lazily on the first write when not given. */
  pipeline?: Pipeline;
  /** Lets POST /api/ingest take {url} alone; without it such requests get 501. */
  fetchArticle?: FetchArticle;
  /** Where unexpected errors (500s) are reported; default stderr. */
  logError?: ErrorLogger;
  /** Serve the web UI (web/dist) at `/`, after the API routes, with its read routes
   * (/api/network, /api/documents/{id}/engagements); off when not given. */
  web?: WebUiOptions;
}

const WRITE_PATHS = ['/api/ingest', '/api/reextract', PEOPLE_IMPORT_PATH];

const health = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness',
  tags: ['meta'],
  responses: {
    200: {
      description: 'the server is up',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), version: z.string() }) } },
    },
  },
});

function defaultLogError(err: unknown): void {
  process.stderr.write(`sidelines: API error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const { store, config } = deps;
  let pipeline = deps.pipeline;
  const getPipeline = (): Pipeline => (pipeline ??= createPipeline({ maxBytes: config.maxBodyBytes }));

  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(errorHandler(deps.logError ?? defaultLogError));
  app.notFound(notFound);

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  if (config.corsOrigins.length > 0) {
    const origin = config.corsOrigins.includes('*') ? '*' : config.corsOrigins;
    app.use(
      '*',
      cors({ origin, allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Authorization', 'Content-Type'] }),
    );
  }
  // The token is checked before the body is read; the body limit applies to every request.
  for (const path of WRITE_PATHS) app.use(path, requireToken(config.token));
  app.use(
    '*',
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: (c) => c.json(errorBody(`request body too large (limit ${config.maxBodyBytes} bytes)`), 413),
    }),
  );

  app.openapi(health, (c) => c.json({ status: 'ok' as const, version: config.version }, 200));
  registerEngagementRoutes(app, store);
  registerReadRoutes(app, store, deps.pipeline?.version ?? PIPELINE_VERSION);
  registerPeopleRoutes(app, store);
  registerWriteRoutes(app, {
    store,
    pipeline: getPipeline,
    reextractBatch: config.reextractBatch,
    fetchArticle: deps.fetchArticle,
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Sidelines API',
      version: config.version,
      description: 'Diplomatic engagements extracted from news articles. Reads are open; writes need a bearer token.',
    },
  });
  // The web UI's own read routes (party network, a document's engagements), then the UI at `/`.
  if (deps.web) {
    registerExploreRoutes(app, store);
    registerWebUi(app, deps.web);
  }
  return app;
}
