// Applies the versioned SQL files in `packages/sandbox/migrations/` once each, recorded in `schema_migrations`.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Database, Queryable } from './database.js';

const MIGRATION_FILE = /^(\d{3})_[a-z0-9_]+\.sql$/;

/** The folder holding the migrations, found through the package itself so it works from `src/` and `dist/`. */
function migrationsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@learning-city/sandbox/package.json')), 'migrations');
}

/**
 * Takes the schema's transaction-scoped advisory lock: migrations and the first seed load run under it, so
 * sandboxes starting together on one schema apply and load everything once (other schemas are not blocked).
 */
export async function lockSchema(tx: Queryable): Promise<void> {
  await tx.query(
    "SELECT pg_advisory_xact_lock(hashtext('learning-city-sandbox:' || coalesce(current_schema(), '')))",
  );
}

/**
 * Applies every migration not yet recorded, in version order, each in its own transaction under
 * {@link lockSchema}, like the creation of `schema_migrations` itself.
 * @returns the versions applied now.
 */
export async function migrate(db: Database, dir = migrationsDir()): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name)).sort();
  await db.transaction(async (tx) => {
    await lockSchema(tx);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, name text NOT NULL, ' +
        'applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: string[] = [];
  for (const name of files) {
    const version = name.slice(0, 3);
    const sql = await readFile(join(dir, name), 'utf8');
    await db.transaction(async (tx) => {
      await lockSchema(tx);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (done.length > 0) return;
      await runScript(tx, sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, name]);
      applied.push(version);
    });
  }
  return applied;
}

/** Runs a script statement by statement (parameterless `query` calls), keeping `$$` bodies whole. */
async function runScript(tx: Queryable, sql: string): Promise<void> {
  for (const statement of splitStatements(sql)) await tx.query(statement);
}

/** Splits SQL on `;` outside `$$ … $$` and outside `--` comments. Enough for our own migration files. */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    const code = inDollar ? line : line.replace(/--.*$/, '');
    if ((code.match(/\$\$/g)?.length ?? 0) % 2 === 1) inDollar = !inDollar;
    current += code + '\n';
    if (!inDollar && code.trimEnd().endsWith(';')) {
      if (current.trim() !== ';') statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') statements.push(current.trim());
  return statements;
}
