import { describe, expect, it } from 'vitest';
import { dailySeries } from './outcomes';

describe('dailySeries', () => {
  it('fills every day of the range for every outcome, zero where nothing happened', () => {
    const { dates, series } = dailySeries(
      [
        { day: '2026-11-22', outcome: 'success', count: 4 },
        { day: '2026-11-23', outcome: 'bad_credentials', count: 2 },
      ],
      3,
      new Date('2026-11-23T10:00:00Z'),
    );
    expect(dates).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
    expect(series.find((s) => s.name === 'Signed in')?.data).toEqual([0, 4, 0]);
    expect(series.find((s) => s.name === 'Wrong email or password')?.data).toEqual([0, 0, 2]);
    expect(series).toHaveLength(5);
  });
});
