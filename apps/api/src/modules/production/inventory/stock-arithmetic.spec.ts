import { describe, expect, it } from '@jest/globals';
import {
  costAfterPurchase,
  isLowStock,
  stockAfter,
  stockChange,
  stockValue,
  storedQuantity,
  valuation,
} from './stock-arithmetic.js';

describe('stock arithmetic', () => {
  it.each([
    ['Purchase', '50', '50.000'],
    ['Usage', '10', '-10.000'],
    ['Usage', '0.125', '-0.125'],
    ['Return', '1', '1.000'],
    ['Adjustment', '-2.5', '-2.500'],
    ['Adjustment', '4', '4.000'],
  ] as const)('a %s of %s changes the stock by %s', (type, quantity, change) => {
    expect(storedQuantity(stockChange(type, quantity))).toBe(change);
  });

  it('adds exactly where floats would not, and goes negative when more is taken than there is', () => {
    expect(storedQuantity(stockAfter('0.300', stockChange('Usage', '0.1')))).toBe('0.200');
    expect(storedQuantity(stockAfter('0.100', stockChange('Purchase', '0.2')))).toBe('0.300');
    expect(stockAfter('3.000', stockChange('Usage', '3')).isZero()).toBe(true);
    expect(stockAfter('3.000', stockChange('Usage', '3.001')).isNegative()).toBe(true);
  });

  it.each([
    ['4.000', '5.000', true],
    ['5.000', '5.000', true],
    ['5.001', '5.000', false],
    ['0.000', '0.000', true],
  ])('calls %s on hand with a reorder level of %s low: %s', (onHand, level, low) => {
    expect(isLowStock(onHand, level)).toBe(low);
  });

  it.each([
    ['9.500', '1150.50', '10929.75'],
    ['0.500', '2.01', '1.01'], // 1.005 half up; 0.5 * 2.01 in floating point is 1.00499…
    ['3.000', '333.33', '999.99'],
    ['0.000', '500.00', '0.00'],
    ['123456789.999', '99999999.99', '12345678998665432.10'], // 12345678999900000 − 1234567.89999
    ['12.000', null, null],
  ])('values %s at %s as %s', (onHand, unitCost, value) => {
    expect(stockValue(onHand, unitCost)).toBe(value);
  });

  it.each([
    // (38.5 × 500 + 10 × 560) / 48.5 = 512.3711…
    ['38.500', '500.00', '10', '560.00', '512.37'],
    // (1 × 0.10 + 2 × 0.15) / 3 = 0.1333…
    ['1.000', '0.10', '2', '0.15', '0.13'],
    // (1 × 1.00 + 1 × 1.01) / 2 = 1.005: half up
    ['1.000', '1.00', '1', '1.01', '1.01'],
    ['0.000', '500.00', '5', '520.00', '520.00'],
    ['4.000', null, '5', '520.00', '520.00'],
    ['4.000', '500.00', '5', null, '500.00'],
    ['4.000', null, '5', null, null],
  ])('averages %s at %s and %s bought at %s to %s', (onHand, cost, bought, price, after) => {
    expect(costAfterPurchase(onHand, cost, bought, price)).toBe(after);
  });

  it('sums each category from its items’ values to the cent, and the total from the categories', () => {
    const figures = valuation([
      { code: 'B', category: 'Raw Material', quantityOnHand: '3.000', unitCost: '333.33' },
      { code: 'N2', category: 'Consumable', quantityOnHand: '40.000', unitCost: null },
      { code: 'A', category: 'Raw Material', quantityOnHand: '0.500', unitCost: '2.01' },
      { code: 'C', category: 'Raw Material', quantityOnHand: '0.500', unitCost: '2.01' },
      { code: 'T', category: 'Tool', quantityOnHand: '1.000', unitCost: '0.10' },
    ]);
    expect(figures.items.map((item) => [item.code, item.value])).toEqual([
      ['B', '999.99'],
      ['A', '1.01'],
      ['C', '1.01'],
      ['T', '0.10'],
      ['N2', null],
    ]);
    expect(figures.categories).toEqual([
      { category: 'Raw Material', items: 3, value: '1002.01', unpriced: 0 },
      { category: 'Consumable', items: 1, value: '0.00', unpriced: 1 },
      { category: 'Spare Part', items: 0, value: '0.00', unpriced: 0 },
      { category: 'Tool', items: 1, value: '0.10', unpriced: 0 },
    ]);
    expect([figures.total, figures.unpriced]).toEqual(['1002.11', 1]);
  });
});
