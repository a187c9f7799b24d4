import { describe, expect, it } from '@jest/globals';
import { projectCode, projectMonth } from './production-codes.js';

describe('production codes', () => {
  it.each([
    ['2025-10-15T09:00:00Z', 'Europe/Paris', '2025-10'],
    // Late on the last evening of the month in UTC is already the next month in Paris …
    ['2025-10-31T23:30:00Z', 'Europe/Paris', '2025-11'],
    // … and early on the first morning in UTC is still the last month in New York.
    ['2026-01-01T03:00:00Z', 'America/New_York', '2025-12'],
  ])('a project created at %s in %s counts in %s', (instant, zone, month) => {
    expect(projectMonth(new Date(instant), zone)).toBe(month);
  });

  it.each([
    ['2025-10', 'CL-0001', 1, 'JB-2025-10-CL0001-001'],
    ['2025-10', 'CL-0123', 27, 'JB-2025-10-CL0123-027'],
    ['2026-01', 'CL-10000', 1000, 'JB-2026-01-CL10000-1000'],
  ])('%s, %s, number %i is %s', (month, customer, number, code) => {
    expect(projectCode(month, customer, number)).toBe(code);
  });
});
