import { describe, expect, it } from 'vitest';
import { sensorStatus } from './sensor-status';

const limits = { temperatureMin: 18, temperatureMax: 24, humidityMin: 30, humidityMax: 60 };
const now = Date.parse('2026-11-23T12:00:00Z');
const at = (secondsAgo: number) => new Date(now - secondsAgo * 1000).toISOString();

describe('sensorStatus', () => {
  it.each([
    ['within both ranges', { temperature: 21, humidity: 45, time: at(2) }, 'within'],
    ['near the temperature maximum', { temperature: 23.6, humidity: 45, time: at(2) }, 'near'],
    ['above the humidity maximum', { temperature: 21, humidity: 61, time: at(2) }, 'out'],
    ['below the temperature minimum', { temperature: 17.9, humidity: 45, time: at(2) }, 'out'],
    ['too old', { temperature: 21, humidity: 45, time: at(20) }, 'stale'],
  ])('%s', (_name, reading, expected) => {
    expect(sensorStatus(reading, limits, now, 15_000)).toBe(expected);
  });

  it('waits for a first reading, and treats missing limits as no limit', () => {
    expect(sensorStatus(undefined, limits, now, 15_000)).toBe('waiting');
    const open = { temperatureMin: null, temperatureMax: null, humidityMin: null, humidityMax: null };
    expect(sensorStatus({ temperature: 80, humidity: 99, time: at(1) }, open, now, 15_000)).toBe('within');
  });
});
