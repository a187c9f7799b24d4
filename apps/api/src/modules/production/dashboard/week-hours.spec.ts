import { describe, expect, it } from '@jest/globals';
import { weekHours } from './week-hours.js';

const WEEK = [
  '2025-10-06',
  '2025-10-07',
  '2025-10-08',
  '2025-10-09',
  '2025-10-10',
  '2025-10-11',
  '2025-10-12',
];

describe('weekHours', () => {
  it('gives each operator all seven days, in hours with 2 decimals', () => {
    const hours = weekHours(
      [
        { operatorId: 'a', name: 'Ann', day: '2025-10-06', minutes: 90 },
        { operatorId: 'a', name: 'Ann', day: '2025-10-12', minutes: 20 },
        { operatorId: 'b', name: 'Bob', day: null, minutes: 0 },
      ],
      WEEK,
    );
    expect(hours.map((operator) => [operator.name, operator.days.map((day) => day.hours)])).toEqual([
      ['Ann', [1.5, 0, 0, 0, 0, 0, 0.33]],
      ['Bob', [0, 0, 0, 0, 0, 0, 0]],
    ]);
    expect(hours[0].days.map((day) => day.date)).toEqual(WEEK);
  });

  it('adds up rows of the same operator and day', () => {
    const [ann] = weekHours(
      [
        { operatorId: 'a', name: 'Ann', day: '2025-10-07', minutes: 40 },
        { operatorId: 'a', name: 'Ann', day: '2025-10-07', minutes: 50 },
      ],
      WEEK,
    );
    expect(ann.days[1]).toEqual({ date: '2025-10-07', hours: 1.5 });
  });

  it('is empty without operators', () => {
    expect(weekHours([], WEEK)).toEqual([]);
  });
});
