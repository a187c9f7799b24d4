import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { ConflictError, NotFoundError } from '../common/domain-errors.js';

/**
 * The row of `entity` with `id`, locked until the transaction ends, for a change: 404 (named `label`)
 * when there is none, 409 when the `version` the caller read earlier no longer matches.
 */
export async function lockForChange<E extends { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  version: number | undefined,
  label: string,
): Promise<E> {
  const row = await manager
    .getRepository(entity)
    .findOne({ where: { id } as FindOptionsWhere<E>, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new NotFoundError(label, id);
  if (version !== undefined && version !== row.version)
    throw new ConflictError(
      `Someone else changed this ${label.toLowerCase()} meanwhile. Reload and try again.`,
      'version',
    );
  return row;
}

/**
 * Writes `changes` to a row read with lockForChange, in one UPDATE (TypeORM's save would first read the
 * row again to see what changed). The row takes the changes, and its new version and update time.
 */
export async function writeChanges<E extends { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  row: E,
  changes: QueryDeepPartialEntity<E>,
): Promise<E> {
  Object.assign(row, changes);
  await manager.createQueryBuilder().update(entity).set(changes).whereEntity(row).execute();
  return row;
}
