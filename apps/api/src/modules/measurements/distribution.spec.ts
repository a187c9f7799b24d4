import { describe, expect, it } from '@jest/globals';
import { binIndex, Distribution } from './distribution.js';
import type { Sample } from './held-samples.js';

const S = 1000;
const at = (seconds: number, temperature: number, humidity: number): Sample => ({
  time: seconds * S,
  temperature,
  humidity,
});
const distribution = (samples: Sample[], bins: { temperatureBin?: number; humidityBin?: number } = {}) =>
  new Distribution({ from: 0, to: 120 * S, intervalMs: 10 * S, ...bins }).addAll(samples).result();

describe('distribution', () => {
  it('shares the covered time between bins of 0.5 °C and 2 %RH (hand computed)', () => {
    // Holds: 10, 10, 20 (next 20 s later), 10, 10 (last) = 60 s covered.
    const samples = [
      at(0, 20.1, 41),
      at(10, 20.4, 43),
      at(20, 20.5, 43.9),
      at(40, 19.9, 44),
      at(50, -0.2, 39.99),
    ];
    expect(distribution(samples)).toEqual({
      temperature: [
        { from: -0.5, to: 0, ms: 10 * S, share: expect.closeTo(100 / 6, 10) },
        { from: 19.5, to: 20, ms: 10 * S, share: expect.closeTo(100 / 6, 10) },
        { from: 20, to: 20.5, ms: 20 * S, share: expect.closeTo(100 / 3, 10) },
        { from: 20.5, to: 21, ms: 20 * S, share: expect.closeTo(100 / 3, 10) },
      ],
      humidity: [
        { from: 38, to: 40, ms: 10 * S, share: expect.closeTo(100 / 6, 10) },
        { from: 40, to: 42, ms: 10 * S, share: expect.closeTo(100 / 6, 10) },
        { from: 42, to: 44, ms: 30 * S, share: expect.closeTo(50, 10) },
        { from: 44, to: 46, ms: 10 * S, share: expect.closeTo(100 / 6, 10) },
      ],
    });
  });

  it('leaves gaps out of the shares', () => {
    // 0 holds 10 s (next is 60 s later), 60 holds 10 s: half each, of the covered time only.
    const result = distribution([at(0, 1, 50), at(60, 2, 50)], { temperatureBin: 1 });
    expect(result.temperature).toEqual([
      { from: 1, to: 2, ms: 10 * S, share: expect.closeTo(50, 10) },
      { from: 2, to: 3, ms: 10 * S, share: expect.closeTo(50, 10) },
    ]);
    expect(result.humidity).toEqual([{ from: 50, to: 52, ms: 20 * S, share: expect.closeTo(100, 10) }]);
  });

  it.each([
    [0.3, 0.1, 3],
    [0.29999, 0.1, 2],
    [-0.1, 0.1, -1],
    [-0.0001, 0.5, -1],
    [0, 0.5, 0],
    [0.7, 0.1, 7],
    [20.5, 0.5, 41],
  ])('%d at width %d is in bin %i', (value, width, index) => {
    expect(binIndex(value, width)).toBe(index);
  });

  it('gives clean edges for decimal widths', () => {
    const result = distribution([at(0, 0.3, 50), at(10, 0.71, 50)], { temperatureBin: 0.1 });
    expect(result.temperature.map(({ from, to }) => [from, to])).toEqual([
      [0.3, 0.4],
      [0.7, 0.8],
    ]);
  });

  it('is empty without samples and rejects bad widths', () => {
    expect(distribution([])).toEqual({ temperature: [], humidity: [] });
    expect(() => distribution([], { humidityBin: 0 })).toThrow(RangeError);
  });
});
