// Test-only access to a running sandbox's database; not exported from the package's entry point.
import type { Queryable } from './database.js';

const databases = new WeakMap<object, Queryable>();

/** Remembers which database a started sandbox uses (called by `startSandbox`). */
export function rememberDatabase(sandbox: object, db: Queryable): void {
  databases.set(sandbox, db);
}

/** The database of a sandbox returned by `startSandbox`, for tests that read raw rows. */
export function databaseOf(sandbox: object): Queryable {
  const db = databases.get(sandbox);
  if (db === undefined) throw new Error('Not a sandbox started by startSandbox');
  return db;
}
