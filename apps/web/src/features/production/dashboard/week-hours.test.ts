import { describe, expect, it } from 'vitest';
import { weekHoursSeries } from './week-hours';

const week = [
  '2026-11-30',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  '2026-12-05',
  '2026-12-06',
];
const operator = (name: string, hours: number[]) => ({
  operatorId: name,
  name,
  days: week.map((date, i) => ({ date, hours: hours[i] ?? 0 })),
});

describe('weekHoursSeries', () => {
  it('gives a series per operator over the seven days, rounded to a tenth, and the week total', () => {
    const chart = weekHoursSeries([operator('Olga', [1.25, 0, 2]), operator('Sam', [0, 0.333])]);
    expect(chart.days).toEqual(week);
    expect(chart.series).toEqual([
      { name: 'Olga', data: [1.3, 0, 2, 0, 0, 0, 0] },
      { name: 'Sam', data: [0, 0.3, 0, 0, 0, 0, 0] },
    ]);
    expect(chart.total).toBe(3.6);
  });

  it('has nothing to draw without operators', () => {
    expect(weekHoursSeries([])).toEqual({ days: [], series: [], total: 0 });
  });
});
