import type { SensorLimits } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import {
  directionText,
  durationText,
  elapsedText,
  kelvinText,
  limitsOf,
  limitsText,
  percentText,
  trendText,
} from './analytics-figures';

const limits: SensorLimits = { temperatureMin: 18, temperatureMax: 25, humidityMin: null, humidityMax: 60 };

describe('analytics figures', () => {
  it.each([
    [0, '0 %'],
    [0.004, '< 0.01 %'],
    [0.4237, '0.42 %'],
    [3.46, '3.5 %'],
    [27.4, '27 %'],
    [99.95, '> 99.9 %'],
    [100, '100 %'],
  ])('writes a share of %d %% as %s: never zero when some, never all when short of it', (share, text) => {
    expect(percentText(share)).toBe(text);
  });

  it.each([
    [12_400, '12 s'],
    [60_000, '1 min'],
    [12 * 60_000 + 20_000, '12 min'],
    [2 * 3_600_000 + 5 * 60_000, '2 h 05 min'],
    [2 * 3_600_000 + 20_000, '2 h'],
    [3 * 86_400_000 + 4 * 3_600_000 + 10 * 60_000, '3 d 4 h'],
    [9 * 86_400_000 + 10 * 60_000, '9 d'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });

  it('counts the time a computation has been running to the second', () => {
    expect(elapsedText(0)).toBe('0 s');
    expect(elapsedText(-5)).toBe('0 s');
    expect(elapsedText(12_900)).toBe('12 s');
    expect(elapsedText(65_000)).toBe('1 min 05 s');
  });

  it('reads a quantity’s limits from the sensor’s and writes both sides, one, or none', () => {
    expect(limitsOf(limits, 'temperature')).toEqual({ min: 18, max: 25 });
    expect(limitsOf(limits, 'humidity')).toEqual({ min: null, max: 60 });
    // The unit stays with the last number when the line wraps.
    expect(limitsText(limits, 'temperature')).toBe('18.00 – 25.00\u00a0°C');
    expect(limitsText(limits, 'humidity')).toBe('≤ 60.0 %RH');
    expect(limitsText({ ...limits, humidityMin: 30, humidityMax: null }, 'humidity')).toBe('≥ 30.0 %RH');
    expect(limitsText({ ...limits, temperatureMin: null, temperatureMax: null }, 'temperature')).toBe(
      'no limits',
    );
  });

  it('signs a trend, except one that rounds to nothing', () => {
    expect(trendText('temperature', 0.1234)).toBe('+0.12 °C/day');
    expect(trendText('humidity', -1.26)).toBe('−1.3 %RH/day');
    expect(trendText('temperature', -0.001)).toBe('0.00 °C/day');
    expect(trendText('humidity', 0)).toBe('0.0 %RH/day');
  });

  it('names directions and writes the activation energy', () => {
    expect(directionText('high')).toBe('Above limit');
    expect(directionText('low')).toBe('Below limit');
    expect(kelvinText(10_000)).toBe('10,000 K');
  });
});
