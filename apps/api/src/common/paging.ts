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
 * index can serve the order and the scan stops at the page. One statement picks the page's ids and counts
 * the same filters beside them (an exact total, from the same snapshot); `load` then reads those rows by
 * id with what they show of other tables, and the items keep the page's order. Both statements are
 * prepared (the builder's filters must be parameters).
 */
export async function fetchPageById<E extends ObjectLiteral, T extends { id: string }>(
  filtered: SelectQueryBuilder<E>,
  query: { page: number; pageSize: number },
  load: (ids: string[]) => Promise<T[]>,
): Promise<Page<T>> {
  const counting = filtered.clone().select('COUNT(*)', 'total').orderBy();
  const rows = await getRawPrepared<{ id: string; page_total: string }>(
    filtered
      .clone()
      .select(`${filtered.alias}.id`, 'id')
      .addSelect(`(${counting.getQuery()})`, 'page_total')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize),
  );
  const total =
    rows.length > 0
      ? Number(rows[0].page_total)
      : query.page === 1
        ? 0
        : Number((await getRawPrepared<{ total: string }>(counting))[0].total);
  if (rows.length === 0) return { items: [], total };
  const byId = new Map((await load(rows.map((row) => row.id))).map((item) => [item.id, item]));
  // A row deleted between the two statements is left out.
  return { items: rows.flatMap((row) => byId.get(row.id) ?? []), total };
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
