import type { SensorAnalytics } from '@factoryops/contracts';
import { describe, expect, it } from '@jest/globals';
import { formatDuration, writeSummary } from './analytics-summary.js';

const HOUR = 3_600_000;

function sensor(overrides: Partial<SensorAnalytics>): SensorAnalytics {
  return {
    sensorId: '00000000-0000-4000-8000-000000000001',
    sensorName: 'Fridge',
    instrumentName: 'Fluke 1',
    location: 'Lab 2',
    limits: { temperatureMin: 2, temperatureMax: 8, humidityMin: null, humidityMax: null },
    count: 1000,
    coverage: 100,
    outOfLimits: { temperature: 0, humidity: 0, either: 0 },
    outOfLimitsMs: { temperature: 0, humidity: 0, either: 0 },
    excursionCount: 0,
    excursions: [],
    mean: { temperature: 5, humidity: 40 },
    minimum: { temperature: null, humidity: null },
    maximum: { temperature: null, humidity: null },
    meanKineticTemperature: 5.2,
    dailyBands: [],
    distribution: { temperature: [], humidity: [] },
    trendPerDay: { temperature: 0, humidity: 0 },
    ...overrides,
  };
}

describe('formatDuration', () => {
  it.each([
    [30_000, '30 s'],
    [45 * 60_000, '45 min'],
    [HOUR, '1 h'],
    [HOUR + 10 * 60_000, '1 h 10 min'],
    [26 * HOUR, '1 d 2 h'],
    [48 * HOUR, '2 d'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('writeSummary', () => {
  const out = sensor({
    sensorName: 'Freezer',
    location: '',
    outOfLimits: { temperature: 3, humidity: 0, either: 3 },
    outOfLimitsMs: { temperature: 2 * HOUR, humidity: 0, either: 2 * HOUR },
    excursionCount: 2,
    excursions: [
      {
        quantity: 'temperature',
        direction: 'high',
        start: '2026-03-02T10:00:00.000Z',
        end: '2026-03-02T10:30:00.000Z',
        durationMs: HOUR / 2,
        limit: 8,
        worst: { time: '2026-03-02T10:10:00.000Z', value: 9 },
      },
      {
        quantity: 'temperature',
        direction: 'high',
        start: '2026-03-03T10:00:00.000Z',
        end: '2026-03-03T11:30:00.000Z',
        durationMs: 1.5 * HOUR,
        limit: 8,
        worst: { time: '2026-03-03T11:00:00.000Z', value: 12.5 },
      },
    ],
    trendPerDay: { temperature: 0.31, humidity: 0.01 },
  });

  it('names who was out, how long, the worst excursion, the trend and the kinetic temperature', () => {
    const text = writeSummary([out, sensor({ coverage: 80 })], 'Europe/Paris');
    expect(text).toBe(
      'Freezer was out of limits 3.0 % of the covered time (2 h; temperature 3.0 %) in 2 excursions. ' +
        'Fridge (Lab 2) stayed within limits. ' +
        'The worst excursion was temperature at Freezer: 12.5 °C on 3 Mar, 12:00, above the 8.0 °C limit, for 1 h 30 min. ' +
        'Readings cover 80 % of the range at Fridge (Lab 2); the gaps are left out of the figures. ' +
        'At Freezer, temperature rose by 0.31 °C a day on average. ' +
        'Mean kinetic temperature: Freezer 5.2 °C, Fridge (Lab 2) 5.2 °C.',
    );
  });

  it('says which sensors had no readings and stops there when none had', () => {
    expect(writeSummary([sensor({ count: 0, meanKineticTemperature: null })], 'UTC')).toBe(
      'Fridge (Lab 2) recorded no readings in this range.',
    );
    expect(writeSummary([], 'UTC')).toBe('No sensor was chosen.');
  });
});
