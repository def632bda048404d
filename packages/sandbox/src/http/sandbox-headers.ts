// The magic request headers of the sandbox: added latency, forced failures and a dropped connection.
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import { MAGIC } from '../magic.js';
import { sleep } from '../time.js';
import type { AppEnv } from './env.js';
import { HttpProblem } from './problem.js';

/** Longest `Sandbox-Latency` honoured, in milliseconds. */
export const MAX_LATENCY_MS = 10_000;
/** `Sandbox-Drop-After-Commit: 1`: the work is done and stored, then the connection is cut before the response. */
export const DROP_HEADER = 'sandbox-drop-after-commit';

/**
 * - `Sandbox-Latency: <ms>` waits that long (≤ 10 s) before answering.
 * - `Sandbox-Fail: 5xx` answers that status; with an `Idempotency-Key`, only the first attempt fails, so a
 *   client's retry succeeds.
 * - `Sandbox-Drop-After-Commit: 1` destroys the socket after the request's work is committed (and its
 *   idempotent response stored), once per `Idempotency-Key`: proves a retry does not write twice.
 */
export function sandboxHeaders(sandbox: SandboxContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const latency = Number(c.req.header(MAGIC.latencyHeader));
    if (Number.isFinite(latency) && latency > 0) await sleep(Math.min(latency, MAX_LATENCY_MS));

    const attempt = `${c.req.header('authorization') ?? ''} ${c.req.header('idempotency-key') ?? ''}`;
    const hasKey = c.req.header('idempotency-key') !== undefined;
    const fail = c.req.header(MAGIC.failHeader);
    if (
      fail !== undefined &&
      /^5\d\d$/.test(fail) &&
      !(hasKey && sandbox.failedOnce.has(`fail ${attempt}`))
    ) {
      if (hasKey) sandbox.failedOnce.add(`fail ${attempt}`);
      const status = Number(fail);
      throw new HttpProblem(
        status,
        status === 503 ? 'unavailable' : 'server_error',
        `Forced by the ${MAGIC.failHeader} header.`,
      );
    }

    await next();

    const drop = c.req.header(DROP_HEADER) === '1' && !(hasKey && sandbox.failedOnce.has(`drop ${attempt}`));
    if (drop && c.res.status < 500) {
      if (hasKey) sandbox.failedOnce.add(`drop ${attempt}`);
      c.env?.incoming?.socket.destroy();
    }
  };
}
