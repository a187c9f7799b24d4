import { describe, expect, it } from '@jest/globals';
import type { Sample } from './held-samples.js';
import { LimitExposure, type Limits } from './limit-exposure.js';

const S = 1000;
const at = (seconds: number, temperature: number, humidity: number): Sample => ({
  time: seconds * S,
  temperature,
  humidity,
});
const limits: Limits = { temperatureMin: 2, temperatureMax: 8, humidityMin: null, humidityMax: 60 };
const exposure = (samples: Sample[], from: number, to: number, given = limits) =>
  new LimitExposure({ from: from * S, to: to * S, intervalMs: 10 * S, limits: given })
    .addAll(samples)
    .result();
const excursion = (
  quantity: 'temperature' | 'humidity',
  direction: 'high' | 'low',
  start: number,
  end: number,
  worstTime: number,
  worst: number,
) => ({
  quantity,
  direction,
  start: start * S,
  end: end * S,
  durationMs: (end - start) * S,
  worst: { time: worstTime * S, value: worst },
});

// Temperature 2..8 °C, humidity ≤ 60 %, interval 10 s.
const samples = [
  at(0, 5, 50), // in
  at(10, 9, 65), // both high
  at(20, 10, 55), // temperature high
  at(30, 8, 62), // humidity high (8 °C is not above 8)
  at(40, 1, 61), // temperature low, humidity high
  at(50, 12, 61), // temperature high, humidity high; holds [50, 60) only: next is 50 s later
  at(100, 12, 70), // both high, after the gap
  at(110, 12, 50), // temperature high (same worst as at 100 s: the earliest stays)
];

describe('limit exposure', () => {
  it('measures time out per quantity, their union, and the excursions (hand computed)', () => {
    expect(exposure(samples, 0, 120)).toEqual({
      coveredMs: 80 * S, // [0, 60) and [100, 120)
      outMs: {
        temperature: 60 * S, // [10, 30) + [40, 60) + [100, 120)
        humidity: 50 * S, // [10, 20) + [30, 60) + [100, 110)
        either: 70 * S, // [10, 60) + [100, 120), not 60 + 50
      },
      excursions: [
        excursion('temperature', 'high', 10, 30, 20, 10),
        excursion('humidity', 'high', 10, 20, 10, 65),
        excursion('humidity', 'high', 30, 60, 30, 62),
        excursion('temperature', 'low', 40, 50, 40, 1),
        excursion('temperature', 'high', 50, 60, 50, 12),
        excursion('temperature', 'high', 100, 120, 100, 12),
        excursion('humidity', 'high', 100, 110, 100, 70),
      ],
    });
  });

  it('clips excursions to the range', () => {
    // Samples at 20, 30 and 40 s count; 40 s holds [40, 45).
    expect(exposure(samples, 15, 45)).toEqual({
      coveredMs: 25 * S,
      outMs: { temperature: 15 * S, humidity: 15 * S, either: 25 * S },
      excursions: [
        excursion('temperature', 'high', 20, 30, 20, 10),
        excursion('humidity', 'high', 30, 45, 30, 62),
        excursion('temperature', 'low', 40, 45, 40, 1),
      ],
    });
  });

  it('treats values on a limit as within it, and null limits as none', () => {
    const onLimits = [at(0, 2, 60), at(10, 8, 60)];
    expect(exposure(onLimits, 0, 60)).toEqual({
      coveredMs: 20 * S,
      outMs: { temperature: 0, humidity: 0, either: 0 },
      excursions: [],
    });
    const none = { temperatureMin: null, temperatureMax: null, humidityMin: null, humidityMax: null };
    expect(exposure(samples, 0, 120, none)).toMatchObject({ outMs: { either: 0 }, excursions: [] });
  });

  it('finds a low humidity excursion against a minimum only', () => {
    const dry = { ...limits, humidityMin: 30, humidityMax: null };
    expect(exposure([at(0, 5, 40), at(10, 5, 25), at(20, 5, 20), at(30, 5, 31)], 0, 60, dry)).toEqual({
      coveredMs: 40 * S,
      outMs: { temperature: 0, humidity: 20 * S, either: 20 * S },
      excursions: [excursion('humidity', 'low', 10, 30, 20, 20)],
    });
  });

  it('reports nothing without samples', () => {
    expect(exposure([], 0, 60)).toEqual({
      coveredMs: 0,
      outMs: { temperature: 0, humidity: 0, either: 0 },
      excursions: [],
    });
  });

  it('rejects a minimum above the maximum', () => {
    expect(() => exposure([], 0, 60, { ...limits, temperatureMin: 9 })).toThrow(RangeError);
  });
});
