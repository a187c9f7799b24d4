import type { Page } from '@factoryops/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { getRawAndEntitiesPrepared } from '../database/prepared-statements.js';

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
