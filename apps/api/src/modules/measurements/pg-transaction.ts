import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** A pg client from TypeORM's pool, for COPY and bulk statements TypeORM does not speak. */
export async function withPgTransaction<T>(
  dataSource: DataSource,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const client = await pool.connect();
  // A connection lost while checked out emits 'error', which would crash the process unheard;
  // the statement that then fails rejects the work instead.
  const lost = () => undefined;
  client.on('error', lost);
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = error as Error;
    });
    throw error;
  } finally {
    client.off('error', lost);
    client.release(broken);
  }
}
