// The embedded database: PGlite (PostgreSQL compiled to WebAssembly), in memory or in a data directory.
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/**
 * Opens PGlite. `dataDir` persists the database there; without it the database lives in memory.
 * PGlite has one connection: it queues statements itself, and holds every other statement back while a
 * transaction runs, so concurrent requests never interleave inside a transaction.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  const run: Queryable['query'] = async <Row>(sql: string, params: readonly unknown[] = []) =>
    (await pg.query<Row>(sql, [...params])).rows;
  return {
    kind: 'pglite',
    query: run,
    transaction: (work) =>
      pg.transaction((tx) =>
        work({
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<Row>(sql, [...params])).rows,
        }),
      ),
    close: () => pg.close(),
  };
}
