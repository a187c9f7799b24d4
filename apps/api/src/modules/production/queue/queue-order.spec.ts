import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '../../../common/domain-errors.js';
import { reorderedQueue, StaleQueueOrderError } from './queue-order.js';

const Q = ['a', 'b', 'c', 'd'];

describe('queue reorder', () => {
  it.each([
    ['d', 0, ['d', 'a', 'b', 'c']],
    ['a', 3, ['b', 'c', 'd', 'a']],
    ['b', 2, ['a', 'c', 'b', 'd']],
    ['c', 2, ['a', 'b', 'c', 'd']],
  ])('moves %s to index %i', (itemId, toIndex, expected) => {
    expect(reorderedQueue(Q, { itemId, toIndex, expectedOrder: Q })).toEqual(expected);
  });

  it('takes a whole new order made of the same items', () => {
    expect(reorderedQueue(Q, { order: ['c', 'a', 'd', 'b'], expectedOrder: Q })).toEqual([
      'c',
      'a',
      'd',
      'b',
    ]);
    for (const order of [
      ['a', 'b', 'c'],
      ['a', 'b', 'c', 'c'],
      ['a', 'b', 'c', 'e'],
    ])
      expect(() => reorderedQueue(Q, { order, expectedOrder: Q })).toThrow(ValidationError);
  });

  it('refuses a stale view of the queue, with the current order', () => {
    try {
      reorderedQueue(Q, { itemId: 'a', toIndex: 1, expectedOrder: ['b', 'a', 'c', 'd'] });
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(StaleQueueOrderError);
      expect((error as StaleQueueOrderError).currentOrder).toEqual(Q);
    }
    expect(() => reorderedQueue(Q, { itemId: 'a', toIndex: 1, expectedOrder: ['a', 'b', 'c'] })).toThrow(
      StaleQueueOrderError,
    );
  });

  it('refuses an unknown item and an index past the end', () => {
    expect(() => reorderedQueue(Q, { itemId: 'x', toIndex: 0, expectedOrder: Q })).toThrow(ValidationError);
    expect(() => reorderedQueue(Q, { itemId: 'a', toIndex: 4, expectedOrder: Q })).toThrow(ValidationError);
  });
});
