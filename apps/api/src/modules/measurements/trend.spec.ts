import { describe, expect, it } from '@jest/globals';
import type { Quantity, Sample } from './held-samples.js';
import { Trend } from './trend.js';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const trend = (
  samples: Iterable<Sample>,
  quantity: Quantity = 'temperature',
  from = START,
  to = START + 400 * DAY,
) => new Trend({ from, to, intervalMs: 60_000, quantity }).addAll(samples).result();
const atDay = (days: number, temperature: number, humidity = 50): Sample => ({
  time: START + days * DAY,
  temperature,
  humidity,
});

describe('trend', () => {
  it('finds the slope of a known line in units per day', () => {
    // Hourly for 10 days: temperature 20 + 0.5 per day, humidity 60 − 2 per day.
    const samples = Array.from({ length: 240 }, (_, hour) =>
      atDay(hour / 24, 20 + hour / 48, 60 - hour / 12),
    );
    expect(trend(samples)).toBeCloseTo(0.5, 10);
    expect(trend(samples, 'humidity')).toBeCloseTo(-2, 10);
  });

  it.each([
    ['two samples half a day apart', [atDay(0, 10), atDay(0.5, 11)], 2],
    // x̄ = 1 d, ȳ = 2: ((−1)(−2) + 0 + (1)(1)) / ((−1)² + 0 + 1²) = 1.5
    ['three samples off a line', [atDay(0, 0), atDay(1, 3), atDay(2, 3)], 1.5],
    ['a flat line', [atDay(0, 7), atDay(1, 7), atDay(3, 7)], 0],
    // Unweighted: an irregular spacing does not bend a line.
    ['irregular spacing on a line', [0, 0.01, 0.02, 5, 5.5, 9].map((d) => atDay(d, 3 - d)), -1],
  ])('%s', (_, samples, slope) => {
    expect(trend(samples)).toBeCloseTo(slope, 10);
  });

  it('is null with fewer than 2 samples in the range', () => {
    expect(trend([])).toBeNull();
    expect(trend([atDay(0, 1)])).toBeNull();
    expect(trend([atDay(-2, 1), atDay(-1, 5), atDay(0, 1), atDay(500, 9)])).toBeNull();
  });

  it('stays exact over two million samples at epoch times', () => {
    function* line() {
      for (let i = 0; i < 2_000_000; i += 1)
        yield atDay(i / 8640, 4 + (i / 8640) * 0.125 + (i % 2 ? 0.5 : -0.5));
    }
    expect(trend(line())).toBeCloseTo(0.125, 6);
  });
});
