// The Hono environment of the sandbox app: Node bindings and the per-request variables middleware sets.
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/** How a request authenticated. */
export type KeyKind = 'publishable' | 'secret';

export type AppEnv = {
  Bindings: HttpBindings;
  Variables: {
    /** `req_…`, sent back as `Request-Id` and in problem bodies. */
    requestId: string;
    /** The bearer key of the request, once authenticated. */
    apiKey: string;
    keyKind: KeyKind;
    /** The request body as text, once read (the idempotency check reads it before the handler). */
    rawBody: string;
    /** `Sandbox-Latency` not yet waited out; a POST with an Idempotency-Key waits once its key is claimed. */
    latencyMs: number;
  };
};

export type AppContext = Context<AppEnv>;
