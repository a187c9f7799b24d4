import { describe, expect, it } from 'vitest';
import { alarmsPerDay, CHART_DAYS, chartDays } from './alarms-per-day';

/** A local instant, as the browser's clock reads it. */
const local = (day: string, time = '12:00') => new Date(`${day}T${time}:00`).toISOString();

describe('chartDays', () => {
  it('spans the last 30 days without a range', () => {
    const days = chartDays('', '', new Date(2026, 10, 23, 15, 0));
    expect(days).toHaveLength(CHART_DAYS);
    expect(days[0]).toBe('2026-10-25');
    expect(days.at(-1)).toBe('2026-11-23');
  });

  it('spans the chosen range, or 30 days up to its end', () => {
    expect(chartDays('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(chartDays('', '2026-03-30')[0]).toBe('2026-03-01');
  });

  it('keeps a year at most, counted back from the end', () => {
    const days = chartDays('2020-01-01', '2026-11-23');
    expect(days).toHaveLength(366);
    expect(days.at(-1)).toBe('2026-11-23');
  });
});

describe('alarmsPerDay', () => {
  it('counts alarms per local day and level, leaving out days outside the chart', () => {
    const days = ['2026-11-21', '2026-11-22', '2026-11-23'];
    const series = alarmsPerDay(
      [
        { raisedAt: local('2026-11-21', '00:05'), level: 'warning' },
        { raisedAt: local('2026-11-21', '23:55'), level: 'alarm' },
        { raisedAt: local('2026-11-23'), level: 'warning' },
        { raisedAt: local('2026-11-23'), level: 'warning' },
        { raisedAt: local('2026-11-20'), level: 'alarm' },
      ],
      days,
    );
    expect(series.counts).toEqual({ warning: [1, 0, 2], alarm: [1, 0, 0] });
  });
});
