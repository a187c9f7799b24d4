import { QUEUE_ACTION_NAMES, QUEUE_ACTIONS, type QueueAction, type QueueStatus } from '@factoryops/contracts';
import type { ProductionAccess } from '../access';

const LABELS: Record<QueueAction, string> = { start: 'Start', complete: 'Complete', cancel: 'Cancel' };

/**
 * The actions to offer for an item in `status`, in the order they are shown: those the contracts'
 * QUEUE_ACTIONS allow from that status with a permission the user has. The server decides; a button
 * shown here only saves asking for a move it would refuse.
 */
export function queueActionsFor(status: QueueStatus, access: ProductionAccess) {
  return QUEUE_ACTION_NAMES.filter(
    (action) => QUEUE_ACTIONS[action].from.includes(status) && access.may(QUEUE_ACTIONS[action].permission),
  ).map((action) => ({ action, label: LABELS[action] }));
}
