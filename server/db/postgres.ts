// A real PostgreSQL server through node-postgres, for production and for the
// second run of the server tests in CI. A pool of connections; a transaction
// keeps one connection from BEGIN to COMMIT.
import pg from 'pg';
import type { Database, Queryable, SqlParam } from './database';

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server drops must not crash the process.
  pool.on('error', (error) => console.error('PostgreSQL-verbinding verbroken:', error.message));
  const client = await pool.connect(); // fail now, with a clear message, if the URL is wrong
  client.release();
  const queryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      const result = await q.query<Row & pg.QueryResultRow>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await q.query(sql); // without parameters, node-postgres sends several statements at once
    },
  });
  return {
    kind: 'postgresql',
    ...queryable(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(queryable(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
