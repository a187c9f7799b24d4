import type { EntityManager, EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { ConflictError, NotFoundError } from '../common/domain-errors.js';

/** What lockForChange reads beside the row, in the same statement. */
export interface AlongWithRow {
  /** Relation paths read with the row by inner joins (`project`, `project.customer`), unlocked. */
  read?: string[];
  /** Relation paths read with it and locked with it (the parent of a path must be read or locked too). */
  locked?: string[];
}

/**
 * The row of `entity` with `id`, locked until the transaction ends, for a change: 404 (named `label`)
 * when there is none, 409 when the `version` the caller read earlier no longer matches. `along` reads
 * related rows in the same statement (one round trip fewer for each), and may lock them with it.
 */
export async function lockForChange<E extends { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  version: number | undefined,
  label: string,
  along: AlongWithRow = {},
): Promise<E> {
  const builder = manager.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id });
  const aliasOf = (path: string) => `row_${path.replaceAll('.', '_')}`;
  const locked = ['row'];
  for (const path of [...(along.locked ?? []), ...(along.read ?? [])].sort()) {
    const parent = path.includes('.') ? aliasOf(path.slice(0, path.lastIndexOf('.'))) : 'row';
    builder.innerJoinAndSelect(`${parent}.${path.slice(path.lastIndexOf('.') + 1)}`, aliasOf(path));
    if (along.locked?.includes(path)) locked.push(aliasOf(path));
  }
  const row = await builder.setLock('pessimistic_write', undefined, locked).getOne();
  if (!row) throw new NotFoundError(label, id);
  assertVersion(row, version, label);
  return row;
}

/** 409 (named `label`) when the `version` the caller read earlier is not the locked row's any more. */
export function assertVersion(row: { version: number }, version: number | undefined, label: string): void {
  if (version !== undefined && version !== row.version)
    throw new ConflictError(
      `Someone else changed this ${label.toLowerCase()} meanwhile. Reload and try again.`,
      'version',
    );
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
