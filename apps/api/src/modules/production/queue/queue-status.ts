import type { ProjectStatus, QueueStatus } from '@factoryops/contracts';
import { RuleViolationError } from '../../../common/domain-errors.js';

export type QueueAction = 'start' | 'complete' | 'cancel';

/**
 * Seed automation 2 as pure rules: what each queue action needs, what it leads to, and the status the
 * project takes with it (the queue drives the project, never the other way round).
 */
export const QUEUE_ACTIONS: Record<
  QueueAction,
  { from: readonly QueueStatus[]; to: QueueStatus; project: ProjectStatus }
> = {
  start: { from: ['Queued'], to: 'In Progress', project: 'In Progress' },
  complete: { from: ['In Progress'], to: 'Completed', project: 'Completed' },
  cancel: { from: ['Queued', 'In Progress'], to: 'Cancelled', project: 'Cancelled' },
};

/** The queue status after `action`, or 400 naming the item's status when the action does not apply. */
export function queueStatusAfter(action: QueueAction, status: QueueStatus): QueueStatus {
  const rule = QUEUE_ACTIONS[action];
  if (!rule.from.includes(status))
    throw new RuleViolationError(
      `A ${status.toLowerCase()} queue item cannot ${action === 'start' ? 'be started' : action === 'complete' ? 'be completed' : 'be cancelled'}`,
      'status',
    );
  return rule.to;
}
