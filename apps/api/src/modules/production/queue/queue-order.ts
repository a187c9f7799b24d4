import type { QueueReorderInput } from '@factoryops/contracts';
import { ConflictError, ValidationError } from '../../../common/domain-errors.js';

/** The queue changed since the caller looked: 409 carrying the order as it is now. */
export class StaleQueueOrderError extends ConflictError {
  constructor(readonly currentOrder: string[]) {
    super('The queue changed meanwhile: here is its current order, try the move again', 'expectedOrder');
  }
}

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * The active queue's new order after `input`, given its current order (ids by position). Refuses a
 * stale `expectedOrder`, an unknown item, an index past the end, and an order that is not exactly the
 * current items rearranged.
 */
export function reorderedQueue(current: readonly string[], input: QueueReorderInput): string[] {
  if (!sameOrder(current, input.expectedOrder)) throw new StaleQueueOrderError([...current]);
  if ('order' in input) {
    const given = [...input.order].sort();
    if (!sameOrder(given, [...current].sort()))
      throw new ValidationError([{ path: 'order', message: 'Give every active queue item exactly once' }]);
    return [...input.order];
  }
  const from = current.indexOf(input.itemId);
  if (from < 0) throw new ValidationError([{ path: 'itemId', message: 'Not an active item of the queue' }]);
  if (input.toIndex >= current.length)
    throw new ValidationError([{ path: 'toIndex', message: `The queue has ${current.length} active items` }]);
  const order = current.filter((id) => id !== input.itemId);
  order.splice(input.toIndex, 0, input.itemId);
  return order;
}
