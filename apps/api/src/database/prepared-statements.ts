import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import {
  type DataSource,
  type EntityManager,
  type QueryRunner,
  QueryRunnerAlreadyReleasedError,
} from 'typeorm';
import { poolOf } from './pg-pool.js';

/*
 * Hot reads as PostgreSQL prepared statements, each named after a hash of its text: a connection parses a
 * statement once and PostgreSQL may then reuse its plan (planning a list or a long history statement takes
 * longer than running it). A connection keeps every statement it has prepared, so a caller's texts must come
 * from a small set of shapes: values always as $n parameters, never in the text.
 *
 * Inside a transaction the statement goes over the transaction's connection; otherwise over TypeORM's pool.
 * Errors are pg's (the same `code`s), not wrapped in TypeORM's QueryFailedError.
 */

async function execute<T>(
  dataSource: DataSource,
  queryRunner: QueryRunner | undefined,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const statement = { name: createHash('sha1').update(text).digest('base64url'), text, values };
  if (!queryRunner) return (await poolOf(dataSource).query(statement)).rows;
  // A released runner's connection is back in the pool, perhaps in someone else's transaction.
  if (queryRunner.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const client: PoolClient = await queryRunner.connect();
  return (await client.query(statement)).rows;
}

/** Runs `text` prepared, in `manager`'s transaction when it has one (else `dataSource.manager`: the pool). */
export function queryPrepared<T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  return execute(manager.dataSource, manager.queryRunner, text, values);
}
