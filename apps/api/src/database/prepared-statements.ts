import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type QueryRunner,
  QueryRunnerAlreadyReleasedError,
  type SelectQueryBuilder,
  TypeORMError,
} from 'typeorm';
import { RawSqlResultsToEntityTransformer } from 'typeorm/query-builder/transformer/RawSqlResultsToEntityTransformer.js';
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

/**
 * How many distinct texts are prepared at most (in this process, so on each connection too); later ones run
 * unnamed, as TypeORM would. Once it has a generic plan, the maintenance requests list holds ≈ 0.3 MB of its
 * connection's memory, and each of its filters switches a condition on or off: it alone has 1,536 shapes.
 */
const MAX_PREPARED_TEXTS = 100;
const preparedNames = new Set<string>();

function statementOf(text: string, values: unknown[]) {
  const name = createHash('sha1').update(text).digest('base64url');
  if (!preparedNames.has(name)) {
    if (preparedNames.size >= MAX_PREPARED_TEXTS) return { text, values };
    preparedNames.add(name);
  }
  return { name, text, values };
}

async function execute<T>(
  dataSource: DataSource,
  queryRunner: QueryRunner | undefined,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const statement = statementOf(text, values);
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

/** The query runner a builder was made with (a transaction's, or none); TypeORM keeps the field protected. */
const queryRunnerOf = (builder: SelectQueryBuilder<ObjectLiteral>) =>
  (builder as unknown as { queryRunner?: QueryRunner }).queryRunner;

/** What getRawAndEntities does beyond running one statement and hydrating its rows, which this does not. */
function unsupportedBy(builder: SelectQueryBuilder<ObjectLiteral>): string[] {
  const map = builder.expressionMap;
  const metadatas = map.aliases.filter((alias) => alias.hasMetadata).map((alias) => alias.metadata);
  return [
    map.lockMode !== undefined && 'locks',
    (map.skip !== undefined || map.take !== undefined) && 'skip/take (use offset/limit)',
    (map.relationIdAttributes.length > 0 || metadatas.some((metadata) => metadata.relationIds.length > 0)) &&
      'relation ids',
    map.relationLoadStrategy === 'query' && "relationLoadStrategy 'query'",
    map.cache && 'the result cache',
    map.useTransaction && 'useTransaction',
    map.callListeners &&
      (builder.dataSource.subscribers.length > 0 ||
        metadatas.some((metadata) => metadata.afterLoadListeners.length > 0)) &&
      'load listeners',
  ].filter((feature): feature is string => typeof feature === 'string');
}

/**
 * The builder's SQL with its limit and offset as parameters (so paging makes no new texts), run prepared;
 * `forEntities` adds the primary columns the hydration needs, as TypeORM does for getRawAndEntities.
 */
async function runPrepared(builder: SelectQueryBuilder<ObjectLiteral>, forEntities: boolean) {
  const { limit, offset } = builder.expressionMap;
  const statement = builder.clone().limit(undefined).offset(undefined);
  statement.expressionMap.queryEntity = forEntities;
  const [sql, parameters] = statement.getQueryAndParameters();
  const values: unknown[] = [...parameters];
  let text = sql;
  if (limit !== undefined) text += ` LIMIT $${values.push(limit)}`;
  if (offset !== undefined) text += ` OFFSET $${values.push(offset)}`;
  const queryRunner = queryRunnerOf(builder);
  const raw = await execute<Record<string, unknown>>(builder.dataSource, queryRunner, text, values);
  return { statement, queryRunner, raw };
}

/**
 * `builder.getRawAndEntities()` as a prepared statement: the builder's SQL with its limit and offset as
 * parameters (so paging makes no new texts), on the builder's transaction or the pool, and entities
 * hydrated by TypeORM's own transformer. For plain selects: it refuses builders that need more than that.
 */
export async function getRawAndEntitiesPrepared<E extends ObjectLiteral>(
  builder: SelectQueryBuilder<E>,
): Promise<{ entities: E[]; raw: Record<string, unknown>[] }> {
  const { mainAlias } = builder.expressionMap;
  if (!mainAlias) throw new TypeORMError('Alias is not set. Use "from" method to set an alias.');
  const unsupported = unsupportedBy(builder);
  if (unsupported.length > 0)
    throw new TypeORMError(`getRawAndEntitiesPrepared does not support ${unsupported.join(', ')}`);
  const { statement, queryRunner, raw } = await runPrepared(builder, true);
  if (raw.length === 0) return { entities: [], raw };
  const transformer = new RawSqlResultsToEntityTransformer(
    statement.expressionMap,
    builder.dataSource.driver,
    [],
    queryRunner,
  );
  return { entities: transformer.transform(raw, mainAlias), raw };
}

/**
 * Every column of `entity`, read from the table aliased `alias`, under its property name and as TypeORM
 * would hydrate it (`date` columns as their `YYYY-MM-DD` text): a plain row of a hand-written statement
 * then has the entity's shape without the cost of hydrating it.
 */
export function columnsAsProperties(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
) {
  return dataSource
    .getMetadata(entity)
    .columns.map(
      (column) =>
        `${alias}.${column.databaseName}${column.type === 'date' ? '::text' : ''} AS "${column.propertyName}"`,
    )
    .join(', ');
}
