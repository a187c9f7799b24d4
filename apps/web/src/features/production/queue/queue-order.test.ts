import type { QueueItem, QueueStatus } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { activeOrder, applyMove, dropMove, stepMove } from './queue-order';

let nextPosition = 1;
const item = (id: string, status: QueueStatus = 'Queued') =>
  ({ id, status, position: nextPosition++ }) as QueueItem;
const ORDER = ['a', 'b', 'c', 'd'];

describe('moving queue items', () => {
  it.each([
    ['d', 'b', 1, ['a', 'd', 'b', 'c']],
    ['a', 'c', 2, ['b', 'c', 'a', 'd']],
    ['b', 'a', 0, ['b', 'a', 'c', 'd']],
    ['c', 'd', 3, ['a', 'b', 'd', 'c']],
  ])('drops %s on %s: it takes index %i', (itemId, targetId, toIndex, after) => {
    const move = dropMove(ORDER, itemId, targetId);
    expect(move).toEqual({ itemId, toIndex, expectedOrder: ORDER });
    const items = ORDER.map((id) => item(id));
    expect(applyMove(items, move as NonNullable<typeof move>).map((i) => i.id)).toEqual(after);
  });

  it.each([
    ['on itself', dropMove(ORDER, 'b', 'b')],
    ['on an item not in the active order', dropMove(ORDER, 'b', 'x')],
    ['of an item not in the active order', dropMove(ORDER, 'x', 'b')],
    ['up from the top', stepMove(ORDER, 'a', -1)],
    ['down from the bottom', stepMove(ORDER, 'd', 1)],
  ])('sends nothing for a move %s', (_, move) => {
    expect(move).toBeNull();
  });

  it('moves one place up or down with the buttons', () => {
    expect(stepMove(ORDER, 'c', -1)).toEqual({ itemId: 'c', toIndex: 1, expectedOrder: ORDER });
    expect(stepMove(ORDER, 'c', 1)).toEqual({ itemId: 'c', toIndex: 3, expectedOrder: ORDER });
  });

  it('moves active items only, and leaves finished ones in their places (the "all" view)', () => {
    const items = [
      item('done', 'Completed'),
      item('a', 'In Progress'),
      item('gone', 'Cancelled'),
      item('b'),
      item('c'),
    ];
    const order = activeOrder(items);
    expect(order).toEqual(['a', 'b', 'c']);
    const move = dropMove(order, 'c', 'a');
    expect(move?.toIndex).toBe(0);
    const after = applyMove(items, move as NonNullable<typeof move>);
    expect(after.map((i) => i.id)).toEqual(['done', 'c', 'gone', 'a', 'b']);
    // Each place keeps its position: c now has a's.
    expect(after.map((i) => i.position)).toEqual(items.map((i) => i.position));
  });
});
