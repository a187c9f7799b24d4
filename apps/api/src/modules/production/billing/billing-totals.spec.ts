import { describe, expect, it } from '@jest/globals';
import { documentTotals, lineTotal } from '@factoryops/contracts';

/** The VAT rule of quotes and invoices: line amounts rounded half-up to cents, VAT on the subtotal. */
describe('document totals', () => {
  it.each([
    ['1', '15000.00', '15000.00'],
    ['2.5', '19.99', '49.98'],
    ['0.5', '0.01', '0.01'],
    ['0.33', '0.10', '0.03'],
    ['3', '33.33', '99.99'],
    ['9999999.99', '99999999.99', '999999998900000.00'],
  ])('%s × %s = %s', (quantity, unitPrice, total) => {
    expect(lineTotal(quantity, unitPrice)).toBe(total);
  });

  it("the seed's quote: R 15,000.00 is 13,043.48 + 15 % VAT 1,956.52", () => {
    expect(documentTotals([{ quantity: '1', unitPrice: '13043.48' }], '15')).toEqual({
      lineTotals: ['13043.48'],
      subtotal: '13043.48',
      vat: '1956.52',
      total: '15000.00',
    });
  });

  it('works VAT out once on the subtotal, half-up: three lines of 0.10 give 0.05, not 3 × 0.02', () => {
    const lines = [1, 2, 3].map(() => ({ quantity: '1', unitPrice: '0.10' }));
    expect(documentTotals(lines, '15')).toMatchObject({ subtotal: '0.30', vat: '0.05', total: '0.35' });
  });

  it('rounds a half cent of VAT up', () => {
    // 0.70 × 15 % = 0.105 → 0.11; a binary float would give 0.10499… → 0.10.
    expect(documentTotals([{ quantity: '1', unitPrice: '0.70' }], '15').vat).toBe('0.11');
    expect(documentTotals([{ quantity: '1', unitPrice: '10.10' }], '12.5').vat).toBe('1.26');
  });

  it('has nothing to pay without lines', () => {
    expect(documentTotals([], '15')).toEqual({
      lineTotals: [],
      subtotal: '0.00',
      vat: '0.00',
      total: '0.00',
    });
  });
});
