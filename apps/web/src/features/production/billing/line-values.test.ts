import { describe, expect, it } from 'vitest';
import { blankLine, lineInputs, liveTotals } from './line-values';

const line = (quantity: string, unitPrice: string) => ({
  ...blankLine(),
  description: 'Part',
  quantity,
  unitPrice,
});

describe('live totals of the lines editor', () => {
  it('works out amounts and VAT as the API does: on the subtotal, half-up to cents', () => {
    const totals = liveTotals([line('1', '0.10'), line('1', '0.10'), line('1', '0.10')], '15');
    expect(totals).toEqual({
      amounts: ['0.10', '0.10', '0.10'],
      subtotal: '0.30',
      vat: '0.05',
      total: '0.35',
    });
  });

  it('leaves out a line whose quantity or price is not an amount yet', () => {
    const totals = liveTotals(
      [line('2.5', '19.99'), line('0', '5.00'), line('1', '5.005'), line('-1', '3')],
      '15',
    );
    expect(totals.amounts).toEqual(['49.98', null, null, null]);
    expect(totals.total).toBe('57.48');
  });

  it('sends what was typed as decimal strings, a product only when one was chosen', () => {
    expect(lineInputs([{ ...line(' 3 ', '10.00 '), productId: '' }])).toEqual([
      { productId: null, description: 'Part', quantity: '3', unitPrice: '10.00' },
    ]);
  });
});
