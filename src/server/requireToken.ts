// Bearer-token guard for the write endpoints. No configured token → writes are disabled (403);
// no Authorization header → 401 with a WWW-Authenticate challenge; a wrong token → 403. Tokens
// are compared through fixed-length digests so the comparison time does not leak a prefix.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './apiErrors.ts';

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

export function requireToken(token: string | null): MiddlewareHandler {
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected === null) {
      return c.json(errorBody('writes are disabled: no API token is configured (SIDELINES_API_TOKEN)'), 403);
    }
    const header = c.req.header('authorization');
    if (header === undefined || header.trim() === '') {
      c.header('WWW-Authenticate', 'Bearer realm="sidelines"');
      return c.json(errorBody('authentication required: send Authorization: Bearer <token>'), 401);
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      return c.json(errorBody('invalid token'), 403);
    }
    await next();
  };
}
