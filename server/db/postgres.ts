// A real PostgreSQL server through node-postgres, for production and for the
// second run of the server tests in CI. A pool of connections; a transaction
// keeps one connection from BEGIN to COMMIT.
import pg from 'pg';
import type { Database, Queryable, SqlParam } from './database';

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server drops must not crash the process.
  pool.on('error', (error) => console.error('PostgreSQL-verbinding verbroken:', error.message));
  // Fail now, with a clear message, if the server cannot be reached.
  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end().catch(() => undefined);
    const where = url.replace(/\/\/[^@/]*@/, '//…@'); // no password in the log
    throw new Error(
      `Geen verbinding met PostgreSQL op ${where}: ${error instanceof Error ? error.message : error}. ` +
        'Klopt DATABASE_URL en draait de databaseserver? (Cannot connect to PostgreSQL.)',
    );
  });
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
