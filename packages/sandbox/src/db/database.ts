// The small database interface the sandbox needs, so the same code runs on PGlite and on a PostgreSQL server.

/** Anything that runs a parameterised statement: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters and answers its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A PostgreSQL database: PGlite in-process, or a server reached through `pg`. */
export interface Database extends Queryable {
  /** `'pglite'` or `'postgres'`, for logs and the health check. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` inside `BEGIN … COMMIT` on one connection; a thrown error rolls back and is rethrown.
   * Transactions never interleave their statements with another transaction's on the same connection.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
