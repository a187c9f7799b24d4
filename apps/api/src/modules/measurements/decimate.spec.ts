import { describe, expect, it } from '@jest/globals';
import { type Bucket, decimate } from './decimate.js';
import type { TimedValue } from './range-statistics.js';

const raw = (values: number[], start = 0): Bucket[] =>
  values.map((value, i) => ({ minTime: start + i, min: value, maxTime: start + i, max: value }));
const point = (time: number, value: number): TimedValue => ({ time, value });

describe('decimate', () => {
  it('returns raw readings as they are when they fit', () => {
    expect(decimate(raw([3, 1, 2]), 4)).toEqual([point(0, 3), point(1, 1), point(2, 2)]);
    expect(decimate([], 10)).toEqual([]);
  });

  it("returns each bucket's extremes in time order when they fit", () => {
    const buckets: Bucket[] = [
      { minTime: 1, min: 5, maxTime: 4, max: 9 },
      { minTime: 18, min: 2, maxTime: 12, max: 8 },
      { minTime: 20, min: 6, maxTime: 20, max: 6 },
    ];
    expect(decimate(buckets, 5)).toEqual([
      point(1, 5),
      point(4, 9),
      point(12, 8),
      point(18, 2),
      point(20, 6),
    ]);
  });

  it.each([
    // 6 readings into 2 groups of 3: (1, 5, 3) → min 1 @0, max 5 @1; (2, 0, 4) → min 0 @4, max 4 @5.
    ['two groups of three', raw([1, 5, 3, 2, 0, 4]), 4, [point(0, 1), point(1, 5), point(4, 0), point(5, 4)]],
    // Odd maxPoints: still ⌊5 / 2⌋ = 2 groups.
    ['an odd maximum', raw([1, 5, 3, 2, 0, 4]), 5, [point(0, 1), point(1, 5), point(4, 0), point(5, 4)]],
    // A max before the min comes first; ties keep the earliest: (9, 1, 9) and (1, 7, 7).
    ['ties and order', raw([9, 1, 9, 1, 7, 7]), 4, [point(0, 9), point(1, 1), point(3, 1), point(4, 7)]],
    // A flat group gives one point.
    ['a flat group', raw([2, 2, 2, 5, 1, 3]), 4, [point(0, 2), point(3, 5), point(4, 1)]],
    // Groups of 3, 3 and 4 buckets (7 → ⌊7·g/3⌋ edges 0, 3, 6, 10).
    [
      'unequal remainders',
      raw([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
      6,
      [point(0, 0), point(2, 2), point(3, 3), point(5, 5), point(6, 6), point(9, 9)],
    ],
  ])('%s', (_, buckets, maxPoints, expected) => {
    expect(decimate(buckets, maxPoints)).toEqual(expected);
  });

  it('merges bucket extremes within a group', () => {
    const buckets: Bucket[] = [
      { minTime: 0, min: 4, maxTime: 1, max: 6 },
      { minTime: 3, min: 1, maxTime: 2, max: 5 },
      { minTime: 4, min: 3, maxTime: 5, max: 9 },
      { minTime: 7, min: 2, maxTime: 6, max: 4 },
    ];
    expect(decimate(buckets, 2)).toEqual([point(3, 1), point(5, 9)]);
  });

  it('keeps a single spike among a million readings, within maxPoints and in time order', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => 20 + Math.sin(i / 500));
    values[654_321] = 85;
    values[123_457] = -40;
    const points = decimate(raw(values, Date.UTC(2024, 0, 1)), 500);
    expect(points.length).toBeLessThanOrEqual(500);
    expect(points).toContainEqual(point(Date.UTC(2024, 0, 1) + 654_321, 85));
    expect(points).toContainEqual(point(Date.UTC(2024, 0, 1) + 123_457, -40));
    expect(points.every((p, i) => i === 0 || p.time > points[i - 1].time)).toBe(true);
  });

  it('rejects fewer than 2 points', () => {
    expect(() => decimate(raw([1, 2]), 1)).toThrow(RangeError);
  });
});
