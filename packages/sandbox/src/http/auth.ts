// API keys: who is calling (publishable or secret) and whether that key may call this route.
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import { MAGIC } from '../magic.js';
import type { AppEnv, KeyKind } from './env.js';
import { HttpProblem } from './problem.js';

/**
 * Checks the bearer key: 401 `unauthenticated` when missing or unknown, 429 for the rate-limited magic key,
 * 403 `secret_key_in_browser` for a secret key sent with an `Origin` header, 403 `forbidden` for a
 * publishable key on a secret-only route.
 */
export function requireKey(sandbox: SandboxContext, needs: KeyKind): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (key === undefined) {
      throw new HttpProblem(
        401,
        'unauthenticated',
        'Send your API key as `Authorization: Bearer lc_pk_test_…`.',
      );
    }
    if (key === MAGIC.rateLimitedKey) {
      throw new HttpProblem(
        429,
        'rate_limited',
        'This test key is always rate limited. Retry after 1 second.',
        {
          headers: { 'retry-after': '1' },
        },
      );
    }
    const kind: KeyKind | undefined =
      key === sandbox.keys.secret ? 'secret' : key === sandbox.keys.publishable ? 'publishable' : undefined;
    if (kind === undefined) {
      throw new HttpProblem(
        401,
        'unauthenticated',
        'Unknown API key. Use one of the keys this sandbox printed.',
      );
    }
    if (kind === 'secret' && c.req.header('origin') !== undefined) {
      throw new HttpProblem(
        403,
        'secret_key_in_browser',
        'A secret key (lc_sk_…) was sent from a browser, where anyone can read it. Use the publishable key ' +
          '(lc_pk_…) in pages, and call secret-key endpoints such as the credit bank from your server.',
      );
    }
    if (needs === 'secret' && kind !== 'secret') {
      throw new HttpProblem(
        403,
        'forbidden',
        'This endpoint needs a secret key (lc_sk_…), used from a server.',
      );
    }
    c.set('apiKey', key);
    c.set('keyKind', kind);
    await next();
  };
}
