import { QUEUE_ACTIONS, type QueueAction, type QueueStatus } from '@factoryops/contracts';
import { RuleViolationError } from '../../../common/domain-errors.js';

const REFUSED: Record<QueueAction, string> = {
  start: 'be started',
  complete: 'be completed',
  cancel: 'be cancelled',
};

/**
 * The queue status after `action` (the contracts' QUEUE_ACTIONS), or 400 naming the item's status when
 * the action does not apply to it.
 */
export function queueStatusAfter(action: QueueAction, status: QueueStatus): QueueStatus {
  const rule = QUEUE_ACTIONS[action];
  if (!rule.from.includes(status))
    throw new RuleViolationError(`A ${status.toLowerCase()} queue item cannot ${REFUSED[action]}`, 'status');
  return rule.to;
}
