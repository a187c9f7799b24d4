import { describe, expect, it } from 'vitest';
import { isMonth, monthOf, monthWeeks, shiftMonth } from './calendar-month';

const dates = (month: string) => monthWeeks(month).map((week) => week.map((day) => day.date));

describe('calendar month', () => {
  it('lays a month out in whole weeks, Monday first, padded with the neighbouring days', () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    const weeks = dates('2026-11');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(weeks[5]?.[0]).toBe('2026-11-30');
    expect(weeks[5]?.[6]).toBe('2026-12-06');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('marks which days belong to the month', () => {
    const days = monthWeeks('2026-11').flat();
    expect(days.filter((day) => day.inMonth).map((day) => day.date)).toHaveLength(30);
    expect(days.find((day) => day.date === '2026-10-31')?.inMonth).toBe(false);
    expect(days.find((day) => day.date === '2026-11-01')?.inMonth).toBe(true);
  });

  it('needs no padding when the month runs Monday to Sunday', () => {
    // February 2027: 28 days from Monday the 1st to Sunday the 28th.
    const weeks = dates('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]).toBe('2027-02-01');
    expect(weeks[3]?.[6]).toBe('2027-02-28');
  });

  it('counts the 29th of February in a leap year', () => {
    const days = monthWeeks('2028-02').flat();
    expect(days.filter((day) => day.inMonth)).toHaveLength(29);
    expect(days.at(-1)?.date).toBe('2028-03-05');
    expect(
      monthWeeks('2100-02')
        .flat()
        .filter((day) => day.inMonth),
    ).toHaveLength(28);
  });

  it('crosses years when moving a month back or forth', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
  });

  it('reads months from the address strictly', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('')).toBe(false);
    expect(monthOf('2026-11-23')).toBe('2026-11');
  });
});
