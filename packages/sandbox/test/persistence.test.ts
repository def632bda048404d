// What a database keeps between starts (its random identity salt and its keys), and one seed load per schema.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { databaseOf } from '../src/db/internal-access.js';
import { readMeta } from '../src/db/load-seed.js';
import { dropSchema } from '../src/db/postgres.js';
import { startSandbox, type SandboxOptions } from '../src/index.js';
import { seedOf, TEST_DATABASE, testSchema } from './harness.js';

/** No rows at all: these tests are about the meta row. */
const EMPTY_SEED = seedOf();

type Place = Pick<SandboxOptions, 'databaseUrl' | 'schema' | 'dataDir'>;

const url = process.env.TEST_DATABASE_URL || undefined;
const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** Where a new database lives: a fresh schema on the test server, or a PGlite data directory. */
async function freshPlace(): Promise<Place> {
  if (url) {
    const schema = testSchema();
    cleanups.push(() => dropSchema(url, schema));
    return { databaseUrl: url, schema };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'lc-sandbox-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  return { dataDir };
}

/** Starts a sandbox on `place`, reads what it stored about itself, and stops it. */
async function startAndStop(place: Place) {
  const sandbox = await startSandbox({ port: 0, seedData: EMPTY_SEED, ...place });
  try {
    return { salt: (await readMeta(databaseOf(sandbox)))?.salt, keys: sandbox.keys };
  } finally {
    await sandbox.close();
  }
}

describe(`persistence (${TEST_DATABASE})`, () => {
  it('gives a new database a random salt and keeps it, with the keys, when reopened', async () => {
    const place = await freshPlace();
    const first = await startAndStop(place);
    assert.match(first.salt ?? '', /^[0-9a-f]{32}$/);
    assert.deepEqual(await startAndStop(place), first);
    const other = await startAndStop(await freshPlace());
    assert.notEqual(other.salt, first.salt);
    assert.deepEqual(other.keys, first.keys);
  });

  it('migrates and loads the seed once when two sandboxes start together on one schema', async (context) => {
    if (!url) return context.skip('needs a PostgreSQL server: a PGlite data directory has one process');
    const place = await freshPlace();
    const sandboxes = await Promise.all(
      [0, 1].map(() => startSandbox({ port: 0, seedData: EMPTY_SEED, ...place })),
    );
    try {
      const [first, second] = sandboxes.map(databaseOf);
      assert.ok(first && second);
      assert.equal((await first.query('SELECT 1 FROM sandbox_meta')).length, 1);
      assert.deepEqual(await readMeta(first), await readMeta(second));
      const versions = await first.query<{ version: string }>('SELECT version FROM schema_migrations');
      assert.equal(new Set(versions.map((row) => row.version)).size, versions.length);
    } finally {
      await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
    }
  });
});
