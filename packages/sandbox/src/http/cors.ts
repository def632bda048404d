// CORS for pages that call the API with a publishable key; secret keys are refused later, in auth.
import type { MiddlewareHandler } from 'hono';
import { MAGIC } from '../magic.js';
import type { AppEnv } from './env.js';

const ALLOW_HEADERS = [
  'authorization',
  'content-type',
  'idempotency-key',
  'registration-token',
  MAGIC.latencyHeader,
  MAGIC.failHeader,
  MAGIC.dropAfterCommitHeader,
].join(', ');
const EXPOSE_HEADERS = 'request-id, retry-after, idempotent-replayed';

/**
 * Any origin may call with a publishable key (keys, not origins, are what the platform checks).
 * A preflight answers 204 without needing a key, since browsers send none with it.
 */
export const cors: MiddlewareHandler<AppEnv> = async (c, next) => {
  const origin = c.req.header('origin');
  if (origin === undefined) return next();
  if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined) {
    return c.body(null, 204, {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': ALLOW_HEADERS,
      'access-control-expose-headers': EXPOSE_HEADERS,
      'access-control-max-age': '600',
      vary: 'Origin, Access-Control-Request-Headers',
    });
  }
  await next();
  c.res.headers.set('access-control-allow-origin', origin);
  c.res.headers.set('access-control-expose-headers', EXPOSE_HEADERS);
  c.res.headers.append('vary', 'Origin');
};
