import { describe, expect, it } from '@jest/globals';
import type { Sample } from './held-samples.js';
import { RangeStatistics, ValueStats } from './range-statistics.js';

const S = 1000;
const at = (seconds: number, temperature: number, humidity = 50): Sample => ({
  time: seconds * S,
  temperature,
  humidity,
});
const statistics = (samples: Sample[], from = 0, to = 60) =>
  new RangeStatistics({ from: from * S, to: to * S, intervalMs: 10 * S }).addAll(samples).result();

describe('range statistics (interval 10 s)', () => {
  it('holds 3 samples at 0, 10 and 20 s for 10 s each', () => {
    expect(statistics([at(0, 20, 50), at(10, 22, 40), at(20, 18, 60)])).toEqual({
      count: 3,
      coveredMs: 30 * S,
      coverage: 50,
      temperature: {
        min: { time: 20 * S, value: 18 },
        max: { time: 10 * S, value: 22 },
        mean: 20,
        first: { time: 0, value: 20 },
        last: { time: 20 * S, value: 18 },
      },
      humidity: {
        min: { time: 10 * S, value: 40 },
        max: { time: 20 * S, value: 60 },
        mean: 50,
        first: { time: 0, value: 50 },
        last: { time: 20 * S, value: 60 },
      },
    });
  });

  it.each([
    // (10 × 20 + 20 × 5 + 40 × 10) / 35 = 20, 35 s of 60.
    ['weights the mean by hold', [at(0, 10), at(20, 20), at(25, 40)], 0, 60, 3, 35, 20],
    // 0 holds 10 s (50 is 50 s later), 50 holds 10 s: (10 + 30) / 2.
    ['a gap covers nothing', [at(0, 10), at(50, 30)], 0, 60, 2, 20, 20],
    // Only 20 and 30 s count: 10 s (before from) covers nothing of [15, 20); 40 s is at `to`.
    ['clips to the range', [10, 20, 30, 40, 50].map((t) => at(t, t + 10)), 15, 40, 2, 20, 35],
    // 0 holds until 15, 15 holds until 40 (next sample) minus the part after `to` = 30.
    ['clips a hold that runs past to', [at(0, 0), at(15, 30), at(40, 99)], 0, 30, 2, 30, 15],
  ])('%s', (_, samples, from, to, count, coveredSeconds, mean) => {
    const result = statistics(samples, from, to);
    expect(result).toMatchObject({ count, coveredMs: coveredSeconds * S });
    expect(result.coverage).toBeCloseTo((coveredSeconds / (to - from)) * 100, 12);
    expect(result.temperature?.mean).toBeCloseTo(mean, 12);
  });

  it('keeps the earliest of equal minima and maxima', () => {
    const result = statistics([at(0, 5), at(10, 7), at(20, 5), at(30, 7)]);
    expect(result.temperature).toMatchObject({
      min: { time: 0, value: 5 },
      max: { time: 10 * S, value: 7 },
      last: { time: 30 * S, value: 7 },
    });
  });

  it('gives nulls and no coverage without samples in range', () => {
    const empty = { count: 0, coveredMs: 0, coverage: 0, temperature: null, humidity: null };
    expect(statistics([])).toEqual(empty);
    expect(statistics([at(-20, 1), at(-10, 2), at(60, 3)])).toEqual(empty);
  });

  it('keeps a precise mean on large values', () => {
    const stats = new ValueStats();
    for (let i = 0; i < 1_000_000; i += 1) stats.add(i, 1e9 + (i % 2 === 0 ? 0.1 : 0.3), 10_000);
    expect(stats.result()?.mean).toBeCloseTo(1e9 + 0.2, 6);
  });

  it('returns the same result when asked twice', () => {
    const accumulator = new RangeStatistics({ from: 0, to: 60 * S, intervalMs: 10 * S }).addAll([at(0, 1)]);
    expect(accumulator.result()).toEqual(accumulator.result());
  });
});
