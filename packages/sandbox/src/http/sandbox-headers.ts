// The magic request headers of the sandbox: added latency, forced failures and a dropped connection.
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import { MAGIC } from '../magic.js';
import { sleep } from '../time.js';
import type { AppContext, AppEnv } from './env.js';
import { HttpProblem } from './problem.js';

/** Longest `Sandbox-Latency` honoured, in milliseconds. */
const MAX_LATENCY_MS = 10_000;

/**
 * - `Sandbox-Latency: <ms>` waits that long (≤ 10 s) before answering. A POST with an `Idempotency-Key` waits
 *   once its key is claimed (see {@link takeLatency}), so a duplicate sent meanwhile reliably waits for it.
 * - `Sandbox-Fail: 5xx` answers that status; with an `Idempotency-Key`, only the first attempt fails, so a
 *   client's retry succeeds.
 * - `Sandbox-Drop-After-Commit: 1` destroys the socket after the request's work is committed (and its
 *   idempotent response stored), once per `Idempotency-Key`: proves a retry does not write twice.
 */
export function sandboxHeaders(sandbox: SandboxContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requested = Number(c.req.header(MAGIC.latencyHeader));
    const latency = Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_LATENCY_MS) : 0;
    const hasKey = c.req.header('idempotency-key') !== undefined;
    if (hasKey && c.req.method === 'POST') c.set('latencyMs', latency);
    else if (latency > 0) await sleep(latency);

    const attempt = `${c.req.header('authorization') ?? ''} ${c.req.header('idempotency-key') ?? ''}`;
    const fail = c.req.header(MAGIC.failHeader);
    if (
      fail !== undefined &&
      /^5\d\d$/.test(fail) &&
      !(hasKey && sandbox.failedOnce.has(`fail ${attempt}`))
    ) {
      if (hasKey) sandbox.failedOnce.add(`fail ${attempt}`);
      await takeLatency(c);
      const status = Number(fail);
      throw new HttpProblem(
        status,
        status === 503 ? 'unavailable' : 'server_error',
        `Forced by the ${MAGIC.failHeader} header.`,
      );
    }

    await next();
    // A replay, or a request that never reached the idempotency check, has not waited yet.
    await takeLatency(c);

    const drop =
      c.req.header(MAGIC.dropAfterCommitHeader) === '1' &&
      !(hasKey && sandbox.failedOnce.has(`drop ${attempt}`));
    if (drop && c.res.status < 500) {
      if (hasKey) sandbox.failedOnce.add(`drop ${attempt}`);
      c.env?.incoming?.socket.destroy();
    }
  };
}

/** Waits out the request's pending `Sandbox-Latency`, once. */
export async function takeLatency(c: AppContext): Promise<void> {
  const latency = c.get('latencyMs') ?? 0;
  c.set('latencyMs', 0);
  if (latency > 0) await sleep(latency);
}
