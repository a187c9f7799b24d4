import type { QueueItem } from '@factoryops/contracts';

/** A move of one active item, as `POST …/queue/reorder` takes it. */
export interface QueueMove {
  itemId: string;
  /** Its index among the active items afterwards (0 = first). */
  toIndex: number;
  /** The active order the move was made on: if the queue changed since, the server answers 409. */
  expectedOrder: string[];
}

/** Still to cut or being cut: the items that can be moved (finished ones keep their places). */
export const isActive = (item: Pick<QueueItem, 'status'>) =>
  item.status === 'Queued' || item.status === 'In Progress';

/** The active items' ids in cutting order. */
export function activeOrder(items: readonly QueueItem[]): string[] {
  return items.filter(isActive).map((item) => item.id);
}

function moveTo(order: readonly string[], itemId: string, toIndex: number): QueueMove | null {
  const from = order.indexOf(itemId);
  if (from < 0 || toIndex < 0 || toIndex >= order.length || toIndex === from) return null;
  return { itemId, toIndex, expectedOrder: [...order] };
}

/** A drop of one item on another: it takes that item's place (and pushes it down, or up). */
export function dropMove(order: readonly string[], itemId: string, targetId: string): QueueMove | null {
  return moveTo(order, itemId, order.indexOf(targetId));
}

/** One place up (-1) or down (+1), for the buttons beside each row. */
export function stepMove(order: readonly string[], itemId: string, step: -1 | 1): QueueMove | null {
  const from = order.indexOf(itemId);
  return from < 0 ? null : moveTo(order, itemId, from + step);
}

/**
 * The queue as it will be after the move, to show it before the server answers: the active items take
 * the active places (and their positions) in their new order, finished items stay where they are, as
 * the server does it.
 */
export function applyMove(items: readonly QueueItem[], move: QueueMove): QueueItem[] {
  const order = move.expectedOrder.filter((id) => id !== move.itemId);
  order.splice(move.toIndex, 0, move.itemId);
  const byId = new Map(items.map((item) => [item.id, item]));
  const next = order.values();
  return items.map((slot) => {
    const moved = isActive(slot) ? byId.get(next.next().value ?? '') : undefined;
    return moved ? { ...moved, position: slot.position } : slot;
  });
}
