// Idempotency-Key on POST: the first response is stored sealed in the database and answered again for a retry.
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import type { Database } from '../db/database.js';
import { sleep } from '../time.js';
import type { AppContext, AppEnv } from './env.js';
import { HttpProblem } from './problem.js';
import { takeLatency } from './sandbox-headers.js';
import { bodyMac, idempotencySecrets, openResponse, sealResponse, type IdempotencySecrets } from './seal.js';
import { readBodyText } from './validation.js';

/** A claim still unfinished after this long belongs to a lost request: the next retry takes it over. */
const STALE_CLAIM_SECONDS = 30;
/** How long a duplicate waits for the first request with its key (longer than a claim takes to go stale). */
const WAIT_FOR_FIRST_MS = (STALE_CLAIM_SECONDS + 10) * 1000;
const POLL_MS = 15;
/** Records live at least this long (the platform promises 24 h). */
const IDEMPOTENCY_TTL_HOURS = 24;

interface StoredRequest {
  method: string;
  path: string;
  body_hash: string;
  status: number | null;
  response_sealed: Uint8Array | null;
  stale: boolean;
}

/** What makes two requests with one key the same request. */
interface Fingerprint {
  method: string;
  path: string;
  bodyHash: string;
}

/** A finished first request's answer, to send again. */
interface Stored {
  status: number;
  body: string;
}

/** The body with object keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` count as the same request. */
function canonicalBody(text: string): string {
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
 * the handler and stores its status and sealed body. A repeat with the same method, path and body answers the
 * stored response with `Idempotent-Replayed: true`; one with another body answers 409
 * `idempotency_key_reused`; one that arrives while the first is running waits for it, and takes the key over
 * when the first has held it unfinished for 30 s. A 5xx is not stored, so a retry runs again. Runs after
 * auth, so keys are scoped per API key. The database holds only hashes of the key and the body, and the
 * response encrypted under a key derived from the API key and the Idempotency-Key.
 */
export function idempotent(sandbox: SandboxContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (key.length < 1 || key.length > 255) {
      throw new HttpProblem(400, 'bad_request', 'Idempotency-Key must be 1 to 255 characters.');
    }
    const secrets = idempotencySecrets(c.get('apiKey'), key);
    const request = {
      method: c.req.method,
      path: c.req.path,
      bodyHash: bodyMac(secrets, canonicalBody(await readBodyText(c))),
    };
    const claimed = await claimOrReplay(sandbox.db, secrets, request);
    if (typeof claimed !== 'string') return replay(c, claimed);
    // Sandbox-Latency counts from the claim, so a duplicate sent meanwhile finds the key taken and waits.
    await takeLatency(c);
    await next();
    const where = [secrets.scope, secrets.keyHash, claimed];
    if (c.res.status >= 500) {
      await sandbox.db.query(
        `DELETE FROM idempotency_keys WHERE api_key_hash = $1 AND key_hash = $2 AND claimed_at = $3::timestamptz
         AND status IS NULL`,
        where,
      );
      return;
    }
    const sealed = sealResponse(secrets, await c.res.clone().text());
    // Only while this request still holds the claim (a takeover moved `claimed_at`).
    await sandbox.db.query(
      `UPDATE idempotency_keys SET status = $4, response_sealed = $5
       WHERE api_key_hash = $1 AND key_hash = $2 AND claimed_at = $3::timestamptz AND status IS NULL`,
      [...where, c.res.status, sealed],
    );
  };
}

/**
 * Claims the key, answering the claim's `claimed_at` (as text, exact to the microsecond), or the stored
 * response to replay once the first request with this key finished.
 */
async function claimOrReplay(
  db: Database,
  secrets: IdempotencySecrets,
  request: Fingerprint,
): Promise<string | Stored> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const [inserted] = await db.query<{ claim: string }>(
      `INSERT INTO idempotency_keys (api_key_hash, key_hash, method, path, body_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (api_key_hash, key_hash) DO NOTHING RETURNING claimed_at::text AS claim`,
      [secrets.scope, secrets.keyHash, request.method, request.path, request.bodyHash],
    );
    if (inserted !== undefined) return inserted.claim;
    const stored = await load(db, secrets);
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
    if (stored.status !== null && stored.response_sealed !== null) {
      return { status: stored.status, body: openResponse(secrets, stored.response_sealed) };
    }
    if (stored.stale) {
      const [taken] = await db.query<{ claim: string }>(
        `UPDATE idempotency_keys SET claimed_at = clock_timestamp()
         WHERE api_key_hash = $1 AND key_hash = $2 AND status IS NULL
           AND claimed_at < now() - interval '${STALE_CLAIM_SECONDS} seconds'
         RETURNING claimed_at::text AS claim`,
        [secrets.scope, secrets.keyHash],
      );
      if (taken !== undefined) return taken.claim;
      continue;
    }
    if (Date.now() > deadline) {
      throw new HttpProblem(409, 'invalid_state', 'A request with this Idempotency-Key is still running.');
    }
    await sleep(POLL_MS);
  }
}

async function load(db: Database, secrets: IdempotencySecrets): Promise<StoredRequest | undefined> {
  const rows = await db.query<StoredRequest>(
    `SELECT method, path, body_hash, status, response_sealed,
       claimed_at < now() - interval '${STALE_CLAIM_SECONDS} seconds' AS stale
     FROM idempotency_keys WHERE api_key_hash = $1 AND key_hash = $2`,
    [secrets.scope, secrets.keyHash],
  );
  return rows[0];
}

function replay(c: AppContext, stored: Stored): Response {
  const type = stored.status >= 400 ? 'application/problem+json' : 'application/json';
  return c.body(stored.body, stored.status as 200, { 'content-type': type, 'idempotent-replayed': 'true' });
}

/** Deletes records older than the TTL (plus an hour of slack). */
export async function expireIdempotencyKeys(db: Database): Promise<void> {
  await db.query(
    `DELETE FROM idempotency_keys WHERE created_at < now() - interval '${IDEMPOTENCY_TTL_HOURS + 1} hours'`,
  );
}
