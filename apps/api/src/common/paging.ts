import type { Page } from '@factoryops/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Applies `page`/`pageSize` to an ordered query and maps the rows to their contract type. */
export async function fetchPage<E extends ObjectLiteral, T>(
  builder: SelectQueryBuilder<E>,
  query: { page: number; pageSize: number },
  toDto: (row: E) => T,
): Promise<Page<T>> {
  const [rows, total] = await builder
    .skip((query.page - 1) * query.pageSize)
    .take(query.pageSize)
    .getManyAndCount();
  return { items: rows.map(toDto), total };
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
