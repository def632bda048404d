// Gives every request a `Request-Id` (`req_…`) and sends it on every response, errors and preflights included.
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** A new request ID, e.g. `req_3q2mN8xYt0VbKc1e`. */
function newRequestId(): string {
  return `req_${randomBytes(12).toString('base64url')}`;
}

/** Sets `c.var.requestId` and the `Request-Id` response header. */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = newRequestId();
  c.set('requestId', id);
  await next();
  c.res.headers.set('request-id', id);
};
