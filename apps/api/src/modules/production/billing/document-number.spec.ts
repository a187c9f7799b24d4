import { describe, expect, it } from '@jest/globals';
import { documentNumber } from './document-number.js';

describe('documentNumber', () => {
  it.each([
    ['INV', 2025, 1, 'INV-2025-001'],
    ['QT', 2026, 42, 'QT-2026-042'],
    ['QT', 2026, 999, 'QT-2026-999'],
    ['INV', 2026, 1000, 'INV-2026-1000'],
  ] as const)('%s %i #%i is %s', (series, year, sequence, number) => {
    expect(documentNumber(series, year, sequence)).toBe(number);
  });
});
