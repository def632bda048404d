/**
 * @learning-city/sandbox — the reference Learning City platform API (v1) over real HTTP on 127.0.0.1, with
 * seeded, deterministic data in PGlite (embedded PostgreSQL) or a PostgreSQL server.
 * @packageDocumentation
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createSalt, hashIdentity } from '@learning-city/core';
import { keysForSeed, type SandboxContext, type SandboxKeys } from './context.js';
import type { Database } from './db/database.js';
import { rememberDatabase } from './db/internal-access.js';
import { loadSeed, readMeta, type SandboxMeta } from './db/load-seed.js';
import { lockSchema, migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { createApp } from './http/app.js';
import { expireIdempotencyKeys } from './http/idempotency.js';
import { MAGIC } from './magic.js';
import { generateSeed } from './seed/index.js';
import type { SeedData } from './seed/types.js';

export { MAGIC } from './magic.js';
export { createApp } from './http/app.js';
export type { SandboxContext, SandboxKeys } from './context.js';
export type { SeedData } from './seed/types.js';

/** Options for {@link startSandbox}. */
export interface SandboxOptions {
  /** TCP port; `0` picks a free one. @default 4010 */
  port?: number;
  /** Interface to listen on. Only loopback by default: the sandbox has test keys and no TLS. @default '127.0.0.1' */
  host?: string;
  /** The seed of the generated data; the same seed gives the same data and keys. @default 1 */
  seed?: number;
  /**
   * The instant the seed data is generated around: the lifelong-learning week starts a few days after it.
   * Fixed by default (2026-05-10 09:00 +08:00) so the same seed always gives the same data; the main job
   * passes the start of the current week so the demo's activities are upcoming.
   */
  seedNow?: Date;
  /** Data to load instead of generating it from `seed` (tests with a small fixture). */
  seedData?: SeedData;
  /** Persist the embedded database (PGlite) in this directory; in memory without it. */
  dataDir?: string;
  /** A `postgres://` URL: use that PostgreSQL server instead of PGlite (the same migrations run there). */
  databaseUrl?: string;
  /** With `databaseUrl`, the schema to use, created if missing (e.g. a fresh one per test run). @default 'public' */
  schema?: string;
  /** Where unexpected errors are reported. @default console.error */
  logError?: (message: string, error?: unknown) => void;
}

/** A running sandbox. */
export interface Sandbox {
  /** The server's origin, e.g. `http://127.0.0.1:4010`; pass it as the client's `baseUrl` (the client adds `/v1`). */
  url: string;
  /** This sandbox's publishable (`lc_pk_test_…`) and secret (`lc_sk_test_…`) keys. */
  keys: SandboxKeys;
  /** `'pglite'` or `'postgres'`. */
  database: 'pglite' | 'postgres';
  /** Stops the server and closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the sandbox: opens the database, applies the migrations, loads the seed on first start, and serves
 * the API. Ready when the promise resolves.
 *
 * @example
 * import { startSandbox } from '@learning-city/sandbox';
 * import { createClient } from '@learning-city/core';
 *
 * const sandbox = await startSandbox({ port: 0 });
 * const client = createClient({ baseUrl: sandbox.url, apiKey: sandbox.keys.publishable });
 * const { data } = await client.courses.list({ q: '太极' });
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  // The stack only: a database error object also carries the statement's parameters.
  const logError =
    options.logError ??
    ((message: string, error?: unknown) =>
      console.error(`[sandbox] ${message}`, error instanceof Error ? error.stack : (error ?? '')));
  const db = await openDatabase(options);
  let server: ServerType | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await migrate(db);
    const meta = await ensureSeeded(db, options);
    await expireIdempotencyKeys(db);
    timer = setInterval(
      () => void expireIdempotencyKeys(db).catch((error) => logError('expiring keys', error)),
      3_600_000,
    );
    timer.unref();
    const sandbox: SandboxContext = {
      db,
      keys: meta.keys,
      salt: meta.salt,
      rejectedLearnerHash: await hashIdentity(MAGIC.rejectedLearnerResidentId, meta.salt),
      failedOnce: new Set(),
      logError,
    };
    const app = createApp(sandbox);
    const host = options.host ?? '127.0.0.1';
    const listening = await new Promise<ServerType>((resolve, reject) => {
      const created = serve(
        { fetch: app.fetch, port: options.port ?? 4010, hostname: host, overrideGlobalObjects: false },
        () => resolve(created),
      );
      created.once('error', reject);
    });
    server = listening;
    const { port } = listening.address() as AddressInfo;
    const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    let closing: Promise<void> | undefined;
    const started: Sandbox = {
      url: origin,
      keys: meta.keys,
      database: db.kind,
      close: () => {
        closing ??= (async () => {
          clearInterval(timer);
          await closeServer(listening);
          await db.close();
        })();
        return closing;
      },
    };
    rememberDatabase(started, db);
    return started;
  } catch (error) {
    clearInterval(timer);
    if (server) await closeServer(server);
    await db.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Loads the seed into an empty database, or answers what an earlier start stored. Under the schema's advisory
 * lock, so two sandboxes starting on one empty schema load it once. A new database gets a random salt.
 */
async function ensureSeeded(db: Database, options: SandboxOptions): Promise<SandboxMeta> {
  const seed = options.seedData?.seed ?? options.seed ?? 1;
  return db.transaction(async (tx) => {
    await lockSchema(tx);
    const stored = await readMeta(tx);
    if (stored !== undefined) {
      if (stored.seed !== seed) {
        console.warn(
          `[sandbox] The database already holds seed ${stored.seed}; keeping it (asked for seed ${seed}).`,
        );
      }
      return stored;
    }
    const data =
      options.seedData ?? generateSeed({ seed, ...(options.seedNow ? { now: options.seedNow } : {}) });
    const meta: SandboxMeta = {
      seed,
      salt: createSalt(),
      keys: keysForSeed(seed),
      generatedAt: data.generatedAt,
    };
    await loadSeed(tx, data, meta);
    return meta;
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
}
