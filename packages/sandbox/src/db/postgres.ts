// A PostgreSQL server through a `pg` connection pool, for DATABASE_URL.
import pg from 'pg';
import type { Database, Queryable } from './database.js';

/** Options for {@link openPostgres}. */
export interface PostgresOptions {
  /** A `postgres://` connection string. */
  url: string;
  /** The schema to use (created if missing), e.g. a fresh one per test run; `public` by default. */
  schema?: string | undefined;
  /** Connections in the pool. @default 10 */
  max?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects to a PostgreSQL server; every connection of the pool uses `schema`. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    options: `-c search_path=${schema}`,
  });
  // A server that goes away must not crash the process through an idle client's 'error' event.
  pool.on('error', (error) => console.error(`[sandbox] PostgreSQL connection error: ${error.message}`));
  const query: Queryable['query'] = async <Row>(sql: string, params: readonly unknown[] = []) =>
    (await pool.query(sql, [...params])).rows as Row[];
  const db: Database = {
    kind: 'postgres',
    query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, [...params])).rows as Row[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  if (schema !== 'public') {
    // Under the schema's lock (the key `lockSchema` uses), so sandboxes starting together create it once.
    await db
      .transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('learning-city-sandbox:' || $1))", [schema]);
        await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      })
      .catch(async (error: unknown) => {
        await pool.end();
        throw error;
      });
  }
  return db;
}

/** Drops a throwaway schema (a test run's or a benchmark's) and everything in it, on a connection of its own. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
