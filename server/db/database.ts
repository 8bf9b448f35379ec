// One small database interface over the embedded PGlite and a real PostgreSQL
// server, so that every query, migration and test is written once. Both speak
// the same SQL and return the same JavaScript values for the types we use
// (text, integer, boolean, jsonb as parsed JSON, timestamptz as Date); bigint
// is avoided because the two drivers return it differently.

export type DatabaseKind = 'pglite' | 'postgresql';

/** A parameter for a query; objects go in as JSON text with an explicit ::jsonb cast. */
export type SqlParam = string | number | boolean | null | Date;

export interface Queryable {
  /** Rows of a parameterised query ($1, $2, …). */
  query<Row extends object>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs several statements without parameters (migrations, truncation). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database error's SQLSTATE code, from either driver. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';
/** text and jsonb cannot hold \u0000. */
export const NULL_CHARACTER_STATES: readonly string[] = ['22P05', '22021'];
