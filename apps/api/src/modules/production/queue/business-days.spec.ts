import { describe, expect, it } from '@jest/globals';
import { addDays, isWeekend, isoWeek, nextBusinessDay } from './business-days.js';

const NONE = new Set<string>();

describe('business days', () => {
  it.each([
    ['a Monday', '2025-10-06', NONE, '2025-10-07'],
    ['a Thursday', '2025-10-09', NONE, '2025-10-10'],
    ['a Friday: Monday', '2025-10-10', NONE, '2025-10-13'],
    ['a Saturday: Monday', '2025-10-11', NONE, '2025-10-13'],
    ['a Sunday: Monday', '2025-10-12', NONE, '2025-10-13'],
    ['a Friday before a holiday Monday: Tuesday', '2025-10-10', new Set(['2025-10-13']), '2025-10-14'],
    ['a day before a holiday Wednesday', '2025-12-23', new Set(['2025-12-24', '2025-12-25']), '2025-12-26'],
    [
      'the year end, with New Year holidays',
      '2025-12-31',
      new Set(['2026-01-01', '2026-01-02']),
      '2026-01-05',
    ],
    ['the end of February in a leap year', '2028-02-28', NONE, '2028-02-29'],
  ])('after %s', (_, day, holidays, expected) => {
    expect(nextBusinessDay(day, holidays)).toBe(expected);
  });

  it.each([
    ['2025-10-03', 10, '2025-10-13'],
    ['2025-12-25', 10, '2026-01-04'],
    ['2028-02-20', 10, '2028-03-01'],
    ['2025-10-03', -3, '2025-09-30'],
  ])('%s plus %i calendar days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('knows the weekend', () => {
    expect(['2025-10-11', '2025-10-12'].map(isWeekend)).toEqual([true, true]);
    expect(['2025-10-10', '2025-10-13'].map(isWeekend)).toEqual([false, false]);
  });

  it.each([
    ['a Monday', '2025-10-06', '2025-10-06', '2025-10-12'],
    ['a Wednesday', '2025-10-08', '2025-10-06', '2025-10-12'],
    ['a Sunday: the week that ends with it', '2025-10-12', '2025-10-06', '2025-10-12'],
    ['the year end, a week across two years', '2025-12-31', '2025-12-29', '2026-01-04'],
    ['a leap day', '2028-02-29', '2028-02-28', '2028-03-05'],
  ])('the ISO week of %s', (_, day, monday, sunday) => {
    const week = isoWeek(day);
    expect(week).toHaveLength(7);
    expect([week[0], week[6]]).toEqual([monday, sunday]);
    expect(week).toContain(day);
    expect(week.slice(1).every((date, index) => date === addDays(week[index], 1))).toBe(true);
  });
});
