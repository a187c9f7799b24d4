import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

export interface CheckedOutClient {
  client: PoolClient;
  /** Gives the client back; with an error the connection is discarded instead of reused. Idempotent. */
  release(error?: Error): void;
}

/** TypeORM's pg pool. */
export const poolOf = (dataSource: DataSource) => (dataSource.driver as PostgresDriver).master as Pool;

/**
 * A pg client from TypeORM's pool, for COPY and bulk statements TypeORM does not speak. A connection
 * lost while checked out emits 'error', which would crash the process unheard; it is listened to here,
 * and the statement that then fails reports the loss instead.
 */
export async function checkOutClient(dataSource: DataSource): Promise<CheckedOutClient> {
  const client = await poolOf(dataSource).connect();
  const lost = () => undefined;
  client.on('error', lost);
  let released = false;
  return {
    client,
    release(error) {
      if (released) return;
      released = true;
      client.off('error', lost);
      client.release(error);
    },
  };
}

/** Runs `work` in one transaction on a checked-out client. */
export async function withPgTransaction<T>(
  dataSource: DataSource,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const { client, release } = await checkOutClient(dataSource);
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
    release(broken);
  }
}
