// Opens the database a sandbox was asked for: a PostgreSQL server when given a URL, otherwise PGlite.
import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** Where the sandbox keeps its data. */
export interface DatabaseOptions {
  /** A `postgres://` URL: use that server instead of PGlite. */
  databaseUrl?: string | undefined;
  /** With a server, the schema to use (created if missing). */
  schema?: string | undefined;
  /** With PGlite, a directory to persist the database in; in memory without it. */
  dataDir?: string | undefined;
}

/** Opens PostgreSQL at `databaseUrl`, or PGlite (persisted in `dataDir` when given). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres({ url: options.databaseUrl, schema: options.schema });
  return openPglite(options.dataDir);
}
