import { describe, expect, it } from '@jest/globals';
import type { Sample } from './held-samples.js';
import { MeanKineticTemperature } from './mean-kinetic-temperature.js';

const S = 1000;
const at = (seconds: number, temperature: number): Sample => ({
  time: seconds * S,
  temperature,
  humidity: 50,
});
const mkt = (samples: Sample[], activationEnergyK?: number) =>
  new MeanKineticTemperature({ from: 0, to: 3600 * S, intervalMs: 10 * S, activationEnergyK })
    .addAll(samples)
    .result();

/** The formula with weights, straight. */
const byHand = (weighted: [number, number][], activationEnergyK = 10_000) => {
  const total = weighted.reduce((sum, [weight]) => sum + weight, 0);
  const factor = weighted.reduce(
    (sum, [weight, celsius]) => sum + weight * Math.exp(-activationEnergyK / (celsius + 273.15)),
    0,
  );
  return activationEnergyK / -Math.log(factor / total) - 273.15;
};

describe('mean kinetic temperature', () => {
  it('equals a constant temperature', () => {
    expect(mkt([at(0, 25), at(10, 25), at(20, 25)])).toBeCloseTo(25, 10);
  });

  it('weighs 20 °C and 30 °C held equally above their mean of 25 °C', () => {
    const result = mkt([at(0, 20), at(10, 30)]);
    expect(result).toBeCloseTo(
      byHand([
        [1, 20],
        [1, 30],
      ]),
      10,
    );
    expect(result).toBeCloseTo(26.25988691600344, 10);
  });

  it('weights by hold: 20 °C for 20 s, then 30 °C for 10 s', () => {
    const result = mkt([at(0, 20), at(20, 30)]);
    expect(result).toBeCloseTo(
      byHand([
        [2, 20],
        [1, 30],
      ]),
      10,
    );
    expect(result).toBeCloseTo(24.599042737359014, 10);
  });

  it('uses the given activation energy and rises with it', () => {
    const samples = [at(0, 5), at(10, 25), at(20, 40)];
    expect(mkt(samples, 5000)).toBeCloseTo(
      byHand(
        [
          [1, 5],
          [1, 25],
          [1, 40],
        ],
        5000,
      ),
      10,
    );
    expect(mkt(samples, 5000)).toBeLessThan(mkt(samples) ?? Number.NaN);
    expect(mkt(samples, 5000)).toBeGreaterThan(70 / 3);
  });

  it('is never below the mean (equal holds, so the arithmetic mean is the time-weighted one)', () => {
    const samples = Array.from({ length: 200 }, (_, i) => at(i * 10, 20 + 15 * Math.sin(i / 7)));
    const mean = samples.reduce((sum, sample) => sum + sample.temperature, 0) / samples.length;
    expect(mkt(samples)).toBeGreaterThan(mean);
  });

  it('is null without samples and rejects a non-positive activation energy', () => {
    expect(mkt([])).toBeNull();
    expect(() => mkt([], 0)).toThrow(RangeError);
  });
});
