import type { QueueStatus } from '@factoryops/contracts';
import type { ProductionAccess } from '../access';
import type { QueueAction } from '../api';

/**
 * Which queue action applies from which status, and who may take it: the API's rules
 * (`QUEUE_ACTIONS` in its queue-status.ts and the endpoints' permissions), which the contracts do not
 * export. The server decides; a button shown here only saves asking for a move it would refuse.
 */
const QUEUE_ITEM_ACTIONS: {
  action: QueueAction;
  label: string;
  from: readonly QueueStatus[];
  allowed(access: ProductionAccess): boolean;
}[] = [
  { action: 'start', label: 'Start', from: ['Queued'], allowed: (access) => access.record },
  { action: 'complete', label: 'Complete', from: ['In Progress'], allowed: (access) => access.record },
  { action: 'cancel', label: 'Cancel', from: ['Queued', 'In Progress'], allowed: (access) => access.manage },
];

/** The actions to offer for an item in `status`, in the order they are shown. */
export function queueActionsFor(status: QueueStatus, access: ProductionAccess) {
  return QUEUE_ITEM_ACTIONS.filter((rule) => rule.from.includes(status) && rule.allowed(access)).map(
    ({ action, label }) => ({ action, label }),
  );
}
