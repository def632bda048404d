// Idempotency-Key on POST: the first response is stored in the database and answered again for a retry.
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import type { Database } from '../db/database.js';
import { sha256 } from '../ids.js';
import { sleep } from '../time.js';
import type { AppContext, AppEnv } from './env.js';
import { HttpProblem } from './problem.js';
import { readBodyText } from './validation.js';

/** How long a duplicate waits for the first request with its key to finish. */
const WAIT_FOR_FIRST_MS = 30_000;
const POLL_MS = 15;
/** Records live at least this long (the platform promises 24 h). */
export const IDEMPOTENCY_TTL_HOURS = 24;

interface StoredRequest {
  method: string;
  path: string;
  body_hash: string;
  status: number | null;
  response: string | null;
}

/** The body with object keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` count as the same request. */
export function canonicalBody(text: string): string {
  if (text.trim() === '') return '';
  try {
    return JSON.stringify(JSON.parse(text), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value,
    );
  } catch {
    return text;
  }
}

/**
 * For a POST with `Idempotency-Key`: claims the key (race-free, `INSERT … ON CONFLICT DO NOTHING`), runs
 * the handler and stores its status and body. A repeat with the same method, path and body answers the
 * stored response with `Idempotent-Replayed: true`; one with another body answers 409
 * `idempotency_key_reused`; one that arrives while the first is running waits for it. A 5xx is not stored,
 * so a retry runs again. Runs after auth, so keys are scoped per API key.
 */
export function idempotent(sandbox: SandboxContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (key.length < 1 || key.length > 255) {
      throw new HttpProblem(400, 'bad_request', 'Idempotency-Key must be 1 to 255 characters.');
    }
    const scope = sha256(c.get('apiKey')).slice(0, 32);
    const request = {
      method: c.req.method,
      path: c.req.path,
      bodyHash: sha256(canonicalBody(await readBodyText(c))),
    };
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      if (await claim(sandbox.db, scope, key, request)) break;
      const stored = await load(sandbox.db, scope, key);
      if (stored === undefined) continue; // The first attempt failed and let go of the key: claim it now.
      if (
        stored.method !== request.method ||
        stored.path !== request.path ||
        stored.body_hash !== request.bodyHash
      ) {
        throw new HttpProblem(
          409,
          'idempotency_key_reused',
          `This Idempotency-Key was first used for ${stored.method} ${stored.path} with another body. ` +
            'Use a new key for a new request.',
        );
      }
      if (stored.status !== null && stored.response !== null)
        return replay(c, stored.status, stored.response);
      if (Date.now() > deadline) {
        throw new HttpProblem(409, 'invalid_state', 'A request with this Idempotency-Key is still running.');
      }
      await sleep(POLL_MS);
    }
    await next();
    if (c.res.status >= 500) {
      await release(sandbox.db, scope, key);
      return;
    }
    const response = await c.res.clone().text();
    await sandbox.db.query(
      'UPDATE idempotency_keys SET status = $3, response = $4 WHERE api_key_hash = $1 AND key = $2',
      [scope, key, c.res.status, response],
    );
  };
}

async function claim(
  db: Database,
  scope: string,
  key: string,
  request: { method: string; path: string; bodyHash: string },
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO idempotency_keys (api_key_hash, key, method, path, body_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (api_key_hash, key) DO NOTHING RETURNING key`,
    [scope, key, request.method, request.path, request.bodyHash],
  );
  return rows.length === 1;
}

async function load(db: Database, scope: string, key: string): Promise<StoredRequest | undefined> {
  const rows = await db.query<StoredRequest>(
    'SELECT method, path, body_hash, status, response FROM idempotency_keys WHERE api_key_hash = $1 AND key = $2',
    [scope, key],
  );
  return rows[0];
}

async function release(db: Database, scope: string, key: string): Promise<void> {
  await db.query('DELETE FROM idempotency_keys WHERE api_key_hash = $1 AND key = $2 AND status IS NULL', [
    scope,
    key,
  ]);
}

function replay(c: AppContext, status: number, body: string): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return c.body(body, status as 200, { 'content-type': type, 'idempotent-replayed': 'true' });
}

/** Deletes records older than the TTL (plus an hour of slack). */
export async function expireIdempotencyKeys(db: Database): Promise<void> {
  await db.query(
    `DELETE FROM idempotency_keys WHERE created_at < now() - interval '${IDEMPOTENCY_TTL_HOURS + 1} hours'`,
  );
}
