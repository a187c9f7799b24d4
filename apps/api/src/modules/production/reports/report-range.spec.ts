import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '../../../common/domain-errors.js';
import { reportRange } from './report-range.js';

const refusal = (query: { from?: string; to?: string }, today: string) => {
  try {
    reportRange(query, today);
  } catch (error) {
    return error instanceof ValidationError ? error.errors : error;
  }
  return null;
};

describe('reportRange', () => {
  it.each([
    [{}, '2026-12-04', { from: '2026-12-01', to: '2026-12-31' }],
    [{}, '2028-02-29', { from: '2028-02-01', to: '2028-02-29' }],
    [{}, '2027-02-01', { from: '2027-02-01', to: '2027-02-28' }],
    [{}, '2026-04-30', { from: '2026-04-01', to: '2026-04-30' }],
    [{ from: '2026-11-15' }, '2026-12-04', { from: '2026-11-15', to: '2026-12-31' }],
    [{ to: '2026-12-02' }, '2026-12-04', { from: '2026-12-01', to: '2026-12-02' }],
    [{ from: '2026-03-05', to: '2026-03-05' }, '2026-12-04', { from: '2026-03-05', to: '2026-03-05' }],
    [{ from: '2024-01-01', to: '2024-12-31' }, '2026-12-04', { from: '2024-01-01', to: '2024-12-31' }],
  ])('%j on %s covers %j', (query, today, range) => {
    expect(reportRange(query, today)).toEqual(range);
  });

  it('refuses a reversed range, naming `to`', () => {
    expect(refusal({ from: '2026-03-10', to: '2026-03-09' }, '2026-12-04')).toEqual([
      { path: 'to', message: 'The last day (2026-03-09) comes before the first (2026-03-10)' },
    ]);
    // The default end (this month's last day) before a later start is reversed too.
    expect(refusal({ from: '2027-01-01' }, '2026-12-04')).toEqual([
      { path: 'to', message: 'The last day (2026-12-31) comes before the first (2027-01-01)' },
    ]);
  });

  it('refuses more than 366 days', () => {
    expect(refusal({ from: '2025-01-01', to: '2026-01-02' }, '2026-12-04')).toEqual([
      { path: 'to', message: 'A report covers at most 366 days; this range has 367' },
    ]);
  });
});
