import { describe, expect, it } from '@jest/globals';
import { customerCode, customerNumberIn } from './customer-code.js';

describe('customer codes', () => {
  it.each([
    [1, 'CL-0001'],
    [42, 'CL-0042'],
    [9999, 'CL-9999'],
    [10000, 'CL-10000'],
  ])('number %i is %s', (number, code) => {
    expect(customerCode(number)).toBe(code);
  });

  it.each([
    ['CL-0042', 42],
    ['cl0042', 42],
    [' 42 ', 42],
    ['CL-10000', 10000],
    ['Acme', undefined],
    ['CL-', undefined],
    ['JB-2025-10-CL0001-001', undefined],
  ])('%s names number %s', (text, number) => {
    expect(customerNumberIn(text)).toBe(number);
  });
});
