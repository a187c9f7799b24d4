import type { Page } from '@factoryops/contracts';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { getRawAndEntitiesPrepared, queryPrepared } from '../database/prepared-statements.js';

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

/** A page's statement for fetchPageById, as SQL parts; values are `$n` parameters, in `values`. */
export interface PageByIdStatement {
  /** The big table and its alias: `production_projects p`. */
  table: string;
  /** Conditions on that table alone (ANDed). */
  conditions: string[];
  /** Its order, ending with a unique column: `p.created_at DESC, p.id`. */
  order: string;
  /** What a row shows: its columns, and those of the joined tables… */
  columns: string;
  /** …that these joins bring. */
  joins: string;
  values: unknown[];
  /** A statement answering the total (as `total`) where one is cheaper than counting, with the same values. */
  total?: string;
}

/**
 * A page of a big table whose rows are shown with joins. `fetchPage` would join, count and sort every
 * matching row to keep fifty; here the filters and the order are on the one table, no joins, so an index
 * can serve the order and the scan stops at the page. Two subqueries on it pick the page's ids and count
 * the matching rows; the page's rows are then read with their joins by primary key, whatever plan
 * PostgreSQL keeps for the statement. One prepared statement of plain rows (mapped by `toDto`, no entity
 * hydration, which cost more than the reading); the total is exact, of the rows' own snapshot.
 */
export async function fetchPageById<R extends Record<string, unknown>, T>(
  manager: EntityManager,
  statement: PageByIdStatement,
  query: { page: number; pageSize: number },
  toDto: (row: R) => T,
): Promise<Page<T>> {
  const { table, conditions, order, columns, joins } = statement;
  const alias = table.split(' ').at(-1) as string;
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const counting = statement.total ?? `SELECT count(*) AS total FROM ${table} ${where}`;
  const values = [...statement.values];
  const limit = `$${values.push(query.pageSize)}`;
  const offset = `$${values.push((query.page - 1) * query.pageSize)}`;
  const rows = await queryPrepared<R & { page_total: string }>(
    manager,
    `SELECT ${columns}, (${counting}) AS page_total FROM ${table} ${joins}
      WHERE ${alias}.id = ANY(ARRAY(SELECT ${alias}.id FROM ${table} ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}))
      ORDER BY ${order}`,
    values,
  );
  const total =
    rows.length > 0
      ? Number(rows[0].page_total)
      : query.page === 1
        ? 0
        : Number((await queryPrepared<{ total: string }>(manager, counting, statement.values))[0].total);
  return { items: rows.map((row) => toDto(row)), total };
}

/** Collects the values of a hand-written statement: each `add` answers its `$n` placeholder. */
export class SqlValues {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
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
