import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it('writes a decimal string in a currency, every digit kept', () => {
    expect(formatMoney('1250.5', 'ZAR', 'en-ZA')).toBe('R\u00a01\u00a0250,50');
    expect(formatMoney('1250.5', 'ZAR', 'en-US')).toBe('ZAR\u00a01,250.50');
    expect(formatMoney('12345678998665432.10', 'EUR', 'en-US')).toBe('€12,345,678,998,665,432.10');
    expect(formatMoney('0.00', 'GBP', 'en-GB')).toBe('£0.00');
  });
});
