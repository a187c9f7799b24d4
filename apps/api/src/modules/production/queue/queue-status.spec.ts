import { describe, expect, it } from '@jest/globals';
import {
  QUEUE_ACTION_NAMES,
  QUEUE_ACTIONS,
  QUEUE_STATUSES,
  type QueueAction,
  type QueueStatus,
} from '@factoryops/contracts';
import { queueStatusAfter } from './queue-status.js';

const ALLOWED: Record<string, QueueStatus> = {
  'start Queued': 'In Progress',
  'complete In Progress': 'Completed',
  'cancel Queued': 'Cancelled',
  'cancel In Progress': 'Cancelled',
};
const ACTIONS: QueueAction[] = ['start', 'complete', 'cancel'];

describe('queue actions', () => {
  it.each(ACTIONS.flatMap((action) => QUEUE_STATUSES.map((status) => [action, status] as const)))(
    '%s on a %s item',
    (action, status) => {
      const expected = ALLOWED[`${action} ${status}`];
      if (expected) expect(queueStatusAfter(action, status)).toBe(expected);
      else expect(() => queueStatusAfter(action, status)).toThrow(/queue item cannot be/);
    },
  );

  it('moves the project with the item, and lets operators start and complete but only managers cancel', () => {
    expect(QUEUE_ACTION_NAMES).toEqual(ACTIONS);
    expect(
      ACTIONS.map((action) => [action, QUEUE_ACTIONS[action].project, QUEUE_ACTIONS[action].permission]),
    ).toEqual([
      ['start', 'In Progress', 'production.run.record'],
      ['complete', 'Completed', 'production.run.record'],
      ['cancel', 'Cancelled', 'production.manage'],
    ]);
  });

  it('says what was refused', () => {
    expect(() => queueStatusAfter('complete', 'Queued')).toThrow('A queued queue item cannot be completed');
    expect(() => queueStatusAfter('start', 'Completed')).toThrow('A completed queue item cannot be started');
  });
});
