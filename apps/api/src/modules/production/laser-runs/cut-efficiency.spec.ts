import { describe, expect, it } from '@jest/globals';
import { cutEfficiency } from './cut-efficiency.js';

describe('cutEfficiency', () => {
  it.each([
    [90, 90, '1.00'],
    [90, 72, '1.25'],
    [60, 75, '0.80'],
    [100, 3, '33.33'],
    [200, 3, '66.67'],
    [1, 200, '0.01'],
    [1, 201, '0.00'],
    [201, 200, '1.01'],
    [0, 45, '0.00'],
    [45, 1, '45.00'],
  ])('estimated %i over actual %i minutes is %s', (estimated, actual, expected) => {
    expect(cutEfficiency(estimated, actual)).toBe(expected);
  });

  it('is null without an estimate or without minutes cut', () => {
    expect(cutEfficiency(null, 30)).toBeNull();
    expect(cutEfficiency(30, 0)).toBeNull();
  });
});
