// Every error leaves the API as JSON {error: "..."}: validation failures as 400 with the fields
// at fault, HTTP errors (malformed JSON, 413, 415...) with their own status, unknown routes as
// 404, and anything unexpected as a 500 that says nothing about the internals.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { ErrorSchema } from './responseSchemas.ts';

/** Called with unexpected errors (the 500s) so the operator can see them; never the client. */
export type ErrorLogger = (err: unknown, c: Context) => void;

const MAX_MESSAGE = 500;

export function errorBody(message: string): { error: string } {
  const oneLine = message.replace(/[\r\n\p{Cc}]+/gu, ' ').trim();
  return { error: oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE - 1)}…` : oneLine };
}

/** "limit: Too big: expected number to be <=200; from: not a calendar date". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** The defaultHook of the OpenAPIHono app: a failed zod validation becomes a 400. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  return c.json(errorBody(`invalid request: ${describeIssues(result.error)}`), 400);
}

export function errorHandler(log: ErrorLogger): ErrorHandler {
  return (err, c) => {
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      return c.json(errorBody(err.message || 'request failed'), status);
    }
    log(err, c);
    return c.json(errorBody('internal error'), 500);
  };
}

export const notFound: NotFoundHandler = (c) => c.json(errorBody(`not found: ${c.req.method} ${c.req.path}`), 404);

/** OpenAPI response entries for the error statuses a route can return. */
export function errorResponses<S extends number>(...statuses: S[]) {
  const describe: Record<number, string> = {
    400: 'malformed parameters or body',
    401: 'no bearer token',
    403: 'wrong token, or writes disabled (no token configured)',
    404: 'not found',
    413: 'request body too large',
    415: 'body is not application/json',
    422: 'the article could not be processed',
    501: 'not available on this server',
  };
  const out = {} as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;
  for (const s of statuses)
    out[s] = { description: describe[s] ?? 'error', content: { 'application/json': { schema: ErrorSchema } } };
  return out;
}
