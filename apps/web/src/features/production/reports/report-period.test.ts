import { describe, expect, it } from 'vitest';
import { periodOf, periodRange } from './report-period';

describe('report periods', () => {
  it.each([
    ['month', '2026-12-04', { from: '2026-12-01', to: '2026-12-31' }],
    ['month', '2028-02-10', { from: '2028-02-01', to: '2028-02-29' }],
    ['last-month', '2026-12-04', { from: '2026-11-01', to: '2026-11-30' }],
    ['last-month', '2027-01-15', { from: '2026-12-01', to: '2026-12-31' }],
    ['last-month', '2027-03-31', { from: '2027-02-01', to: '2027-02-28' }],
    ['30d', '2026-03-01', { from: '2026-01-31', to: '2026-03-01' }],
    ['90d', '2026-12-04', { from: '2026-09-06', to: '2026-12-04' }],
    ['year', '2026-12-04', { from: '2026-01-01', to: '2026-12-31' }],
  ] as const)('%s on %s covers %j', (period, today, range) => {
    expect(periodRange(period, today)).toEqual(range);
  });

  it('names the period a range is, or custom', () => {
    expect(periodOf({ from: '2026-11-01', to: '2026-11-30' }, '2026-12-04')).toBe('last-month');
    expect(periodOf({ from: '2026-11-05', to: '2026-12-04' }, '2026-12-04')).toBe('30d');
    expect(periodOf({ from: '2026-11-02', to: '2026-12-04' }, '2026-12-04')).toBe('custom');
  });
});
