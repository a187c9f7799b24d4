import type { Page } from '@factoryops/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { getRawAndEntitiesPrepared, getRawPrepared } from '../database/prepared-statements.js';

/**
 * Applies `page`/`pageSize` to an ordered single-table query and maps the rows to their contract type.
 * The total comes with the rows (a window count) in one round trip; only a page past the end needs a
 * second query to count. `toDto` also gets the row's raw columns, for values selected beside the entity.
 * Lists are hot reads, so the page's statement is prepared (the builder's filters must be parameters).
 */
export async function fetchPage<E extends ObjectLiteral, T>(
  builder: SelectQueryBuilder<E>,
  query: { page: number; pageSize: number },
  toDto: (row: E, raw: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const counting = builder.clone();
  const { entities, raw } = await getRawAndEntitiesPrepared(
    builder
      .addSelect('COUNT(*) OVER ()', 'page_total')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize),
  );
  const total = raw.length > 0 ? Number(raw[0].page_total) : query.page === 1 ? 0 : await counting.getCount();
  return { items: entities.map((entity, index) => toDto(entity, raw[index] ?? {})), total };
}

/**
 * A page of a big table whose rows are shown with joins. `fetchPage` would join, count and sort every
 * matching row to keep fifty; here `filtered` is the one table with its filters and order, no joins, so an
 * index can serve the order and the scan stops at the page. Two subqueries on it pick the page's ids and
 * count the matching rows; `shown` (the rows with what they show of other tables, under the same alias)
 * then reads only those ids, by primary key whatever plan PostgreSQL keeps for the statement. One
 * prepared statement (the builder's filters must be parameters): the total is exact, of the rows' snapshot.
 */
export async function fetchPageById<E extends ObjectLiteral, T>(
  filtered: SelectQueryBuilder<E>,
  query: { page: number; pageSize: number },
  shown: SelectQueryBuilder<E>,
  toDto: (row: E) => T,
): Promise<Page<T>> {
  const counting = filtered.clone().select('COUNT(*)', 'total').orderBy();
  const ids = filtered.clone().select(`${filtered.alias}.id`).getQuery();
  const { entities, raw } = await getRawAndEntitiesPrepared(
    shown
      .addSelect(`(${counting.getQuery()})`, 'page_total')
      .where(`${shown.alias}.id = ANY(ARRAY(${ids} LIMIT :pageLimit OFFSET :pageOffset))`)
      .orderBy(filtered.expressionMap.orderBys)
      .setParameters({
        ...filtered.getParameters(),
        pageLimit: query.pageSize,
        pageOffset: (query.page - 1) * query.pageSize,
      }),
  );
  const total =
    raw.length > 0
      ? Number(raw[0].page_total)
      : query.page === 1
        ? 0
        : Number((await getRawPrepared<{ total: string }>(counting))[0].total);
  return { items: entities.map((entity) => toDto(entity)), total };
}

/** Keeps rows whose `column` lies in [from, to) when either bound is given, newest first. */
export function newestFirstWithin<E extends ObjectLiteral>(
  builder: SelectQueryBuilder<E>,
  column: string,
  range: { from?: string; to?: string },
): SelectQueryBuilder<E> {
  if (range.from) builder.andWhere(`${column} >= :from`, { from: range.from });
  if (range.to) builder.andWhere(`${column} < :to`, { to: range.to });
  const alias = builder.alias;
  return builder.orderBy(column, 'DESC').addOrderBy(`${alias}.id`, 'DESC');
}
