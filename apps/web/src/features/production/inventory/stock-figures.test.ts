import { describe, expect, it } from 'vitest';
import { signedQuantity, stockAfterEntry } from './stock-figures';

describe('stockAfterEntry', () => {
  it.each([
    ['12.000', 'Purchase', '50', { after: '62', short: false }],
    ['12.000', 'Usage', '2.5', { after: '9.5', short: false }],
    ['0.300', 'Usage', '0,1', { after: '0.2', short: false }],
    ['3.000', 'Usage', '3', { after: '0', short: false }],
    ['3.000', 'Usage', '3.001', { after: '-0.001', short: true }],
    ['3.000', 'Adjustment', '-4', { after: '-1', short: true }],
    ['3.000', 'Adjustment', '4', { after: '7', short: false }],
    ['3.000', 'Return', '1', { after: '4', short: false }],
  ] as const)('leaves %s after a %s of %s: %j', (onHand, type, quantity, expected) => {
    expect(stockAfterEntry(onHand, type, quantity)).toEqual(expected);
  });

  it('says nothing until the quantity is a number', () => {
    expect(stockAfterEntry('3.000', 'Usage', '')).toBeNull();
    expect(stockAfterEntry('3.000', 'Usage', '1.')).toBeNull();
    expect(stockAfterEntry('3.000', 'Usage', 'two')).toBeNull();
  });
});

describe('signedQuantity', () => {
  it('shows what came in with a plus and what went out with a minus, in the unit', () => {
    expect(signedQuantity('50.000', 'sheets')).toBe('+50 sheets');
    expect(signedQuantity('-1.000', 'sheets')).toBe('−1 sheet');
    expect(signedQuantity('-2.500', 'kg')).toBe('−2.5 kg');
  });
});
