import type { QueueItem } from '@factoryops/contracts';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import type { ProjectEntity } from '../projects/project.entity.js';
import type { QueueItemEntity } from './queue-item.entity.js';

/** What a queue item's answer takes from the item itself. */
export type QueuedFields = Pick<
  QueueItemEntity,
  | 'id'
  | 'status'
  | 'priority'
  | 'scheduledDate'
  | 'estimatedMinutes'
  | 'position'
  | 'startedAt'
  | 'completedAt'
  | 'createdAt'
  | 'version'
>;

export function toQueueItemDto(
  item: QueuedFields,
  project: Pick<ProjectEntity, 'id' | 'code' | 'name'>,
  customer: Pick<CustomerEntity, 'name'>,
): QueueItem {
  return {
    id: item.id,
    projectId: project.id,
    projectCode: project.code,
    projectName: project.name,
    clientName: customer.name,
    status: item.status,
    priority: item.priority,
    scheduledDate: item.scheduledDate,
    estimatedMinutes: item.estimatedMinutes,
    position: item.position,
    startedAt: item.startedAt?.toISOString() ?? null,
    completedAt: item.completedAt?.toISOString() ?? null,
    createdAt: item.createdAt.toISOString(),
    version: item.version,
  };
}

/** What an audit entry records of a queue item. */
export function queueItemAuditSnapshot(
  item: Pick<
    QueueItemEntity,
    'projectId' | 'status' | 'priority' | 'scheduledDate' | 'estimatedMinutes' | 'position'
  >,
): Record<string, unknown> {
  return {
    projectId: item.projectId,
    status: item.status,
    priority: item.priority,
    scheduledDate: item.scheduledDate,
    estimatedMinutes: item.estimatedMinutes,
    position: item.position,
  };
}
