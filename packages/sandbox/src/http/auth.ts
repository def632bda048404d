// API keys: who is calling (publishable or secret) and whether that key may call this route.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import { sha256 } from '../ids.js';
import { MAGIC } from '../magic.js';
import type { AppEnv, KeyKind } from './env.js';
import { HttpProblem } from './problem.js';

// Keys are compared as SHA-256 digests with timingSafeEqual, as registration tokens are: in constant time, and
// without leaking a length either. The sandbox's own keys are digested once per route group.
const digest = (text: string) => Buffer.from(sha256(text));

/**
 * Checks the bearer key: 401 `unauthenticated` when missing or unknown, 429 for the rate-limited magic key,
 * 403 `secret_key_in_browser` for a secret key sent with an `Origin` header, 403 `forbidden` for a
 * publishable key on a secret-only route.
 */
export function requireKey(sandbox: SandboxContext, needs: KeyKind): MiddlewareHandler<AppEnv> {
  const secret = digest(sandbox.keys.secret);
  const publishable = digest(sandbox.keys.publishable);
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
    if (key === MAGIC.slowKey) {
      await sleepUnlessAborted(SLOW_KEY_DELAY_MS, c.req.raw.signal);
      // The caller went away while waiting: do no work for nobody.
      if (c.req.raw.signal.aborted) return new Response(null, { status: 499 });
    }
    const magicPublishable = key === MAGIC.slowKey || key === MAGIC.malformedKey;
    const given = digest(key);
    const kind: KeyKind | undefined = timingSafeEqual(given, secret)
      ? 'secret'
      : timingSafeEqual(given, publishable) || magicPublishable
        ? 'publishable'
        : undefined;
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
    if (key === MAGIC.malformedKey) await malform(c);
  };
}

/** How long every request made with the slow magic key waits. */
const SLOW_KEY_DELAY_MS = 10_000;

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Replaces a successful JSON response by one whose first item's (or own) `title` is a number. */
async function malform(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<void> {
  if (c.res.status >= 300 || !(c.res.headers.get('content-type') ?? '').includes('json')) return;
  const body = (await c.res.clone().json()) as { data?: unknown[]; title?: unknown };
  const target = Array.isArray(body.data) ? body.data[0] : body;
  if (target === null || typeof target !== 'object') return;
  (target as { title?: unknown }).title = 42;
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  c.res = undefined; // Hono's setter would otherwise copy the old headers onto the new response
  c.res = new Response(JSON.stringify(body), { status: c.res.status, headers });
}
