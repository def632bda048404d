// What every handler shares: the database, the keys, the identity salt and the per-run magic state.
import { createHash } from 'node:crypto';
import type { Database } from './db/database.js';

/** The test keys of one sandbox. */
export interface SandboxKeys {
  /** `lc_pk_test_…`: catalogue, activities, registrations, nominations; safe in a page. */
  publishable: string;
  /** `lc_sk_test_…`: everything, including the credit bank; servers only. */
  secret: string;
}

/** The state one running sandbox hands to its handlers. */
export interface SandboxContext {
  db: Database;
  keys: SandboxKeys;
  /** The salt of `hashIdentity` for resident ID and mobile numbers: random per database, kept in `sandbox_meta`. */
  salt: string;
  /** `hashIdentity` of the magic always-rejected resident ID number under `salt`, computed once at start. */
  rejectedLearnerHash: string;
  /** Keys (`route` or `apiKey:idempotencyKey`) that already took their one forced failure this run. */
  failedOnce: Set<string>;
  /** Reports a sandbox bug or an unexpected error (never personal data). */
  logError(message: string, error?: unknown): void;
}

/**
 * The keys of a sandbox started with `seed`: deterministic, so a seed always gives the same keys.
 * @example keysForSeed(1).publishable // 'lc_pk_test_sbx1_…'
 */
export function keysForSeed(seed: number): SandboxKeys {
  const digest = (purpose: string) =>
    createHash('sha256').update(`learning-city-sandbox:${purpose}:${seed}`).digest('hex').slice(0, 24);
  return {
    publishable: `lc_pk_test_sbx${seed}_${digest('pk')}`,
    secret: `lc_sk_test_sbx${seed}_${digest('sk')}`,
  };
}
