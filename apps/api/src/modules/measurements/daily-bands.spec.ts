import { describe, expect, it } from '@jest/globals';
import { DailyBands, DayKeys } from './daily-bands.js';
import type { Sample } from './held-samples.js';

const HOUR = 3_600_000;
const hourly = (from: number, count: number): Sample[] =>
  Array.from({ length: count }, (_, i) => ({ time: from + i * HOUR, temperature: i, humidity: 100 - i }));
const bands = (samples: Sample[], from: number, to: number, timeZone: string, intervalMs = HOUR) =>
  new DailyBands({ from, to, intervalMs, timeZone }).addAll(samples).result();

describe('daily bands', () => {
  it('gives Paris its 23-hour day when summer time starts (31 March 2024)', () => {
    // 00:00 Paris on 31 March is 23:00 UTC the day before; 1 April starts at 22:00 UTC (UTC+2).
    const from = Date.UTC(2024, 2, 30, 23);
    expect(bands(hourly(from, 47), from, from + 47 * HOUR, 'Europe/Paris')).toEqual([
      {
        day: '2024-03-31',
        temperature: { min: 0, max: 22, mean: 11 },
        humidity: { min: 78, max: 100, mean: 89 },
      },
      {
        day: '2024-04-01',
        temperature: { min: 23, max: 46, mean: 34.5 },
        humidity: { min: 54, max: 77, mean: 65.5 },
      },
    ]);
  });

  it('gives Paris its 25-hour day when summer time ends (27 October 2024)', () => {
    // 00:00 Paris on 27 October is 22:00 UTC the day before; 28 October starts at 23:00 UTC (UTC+1).
    const from = Date.UTC(2024, 9, 26, 22);
    const result = bands(hourly(from, 49), from, from + 49 * HOUR, 'Europe/Paris');
    expect(result.map(({ day, temperature }) => ({ day, temperature }))).toEqual([
      { day: '2024-10-27', temperature: { min: 0, max: 24, mean: 12 } },
      { day: '2024-10-28', temperature: { min: 25, max: 48, mean: 36.5 } },
    ]);
  });

  it('weights the mean by hold and counts a sample for the day it was taken on', () => {
    const minute = 60_000;
    const day = Date.UTC(2024, 0, 1);
    const samples = [
      { time: day, temperature: 10, humidity: 50 }, // holds 30 min (next is 3 intervals later)
      { time: day + 30 * minute, temperature: 40, humidity: 50 }, // holds 10 min
      { time: day + 40 * minute, temperature: 10, humidity: 50 }, // last: holds 10 min
      { time: day + 24 * 60 * minute - 5 * minute, temperature: 0, humidity: 50 }, // 23:55, holds into 2 January
      { time: day + 24 * 60 * minute + 5 * minute, temperature: 5, humidity: 50 },
    ];
    const result = bands(samples, day, day + 2 * 24 * 60 * minute, 'UTC', 10 * minute);
    expect(result.map(({ day, temperature }) => ({ day, temperature }))).toEqual([
      // (10 × 30 + 40 × 10 + 10 × 10 + 0 × 10) / 60
      { day: '2024-01-01', temperature: { min: 0, max: 40, mean: 800 / 60 } },
      { day: '2024-01-02', temperature: { min: 5, max: 5, mean: 5 } },
    ]);
  });

  it('ignores samples outside the range and is empty without samples', () => {
    const from = Date.UTC(2024, 0, 1);
    expect(bands(hourly(from - 48 * HOUR, 24), from, from + 24 * HOUR, 'Europe/Paris')).toEqual([]);
    expect(bands([], from, from + HOUR, 'Europe/Paris')).toEqual([]);
  });

  it('rejects an unknown time zone', () => {
    expect(() => bands([], 0, HOUR, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('day keys', () => {
  const direct = (timeZone: string) => {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    return (time: number) => {
      const parts = format.formatToParts(time);
      const part = (type: string) => (parts.find((p) => p.type === type)?.value ?? '').padStart(2, '0');
      return `${part('year')}-${part('month')}-${part('day')}`;
    };
  };

  it.each([
    // Midnight transitions (Sao Paulo 2018), a skipped day (Apia 2011), offsets off the quarter hour
    // before 1972 (Monrovia −0:44:30), quarter-hour offsets (Kathmandu, Chatham), half-hour DST (Lord Howe).
    ['America/Sao_Paulo', Date.UTC(2018, 10, 3)],
    ['Pacific/Apia', Date.UTC(2011, 11, 28)],
    ['Africa/Monrovia', Date.UTC(1971, 0, 1)],
    ['Asia/Kathmandu', Date.UTC(2024, 0, 1)],
    ['Pacific/Chatham', Date.UTC(2024, 3, 5)],
    ['Australia/Lord_Howe', Date.UTC(2024, 3, 6)],
    ['Europe/Paris', Date.UTC(2024, 2, 30)],
  ])('match Intl minute by minute over four days in %s', (timeZone, start) => {
    const keys = new DayKeys(timeZone);
    const expected = direct(timeZone);
    const mismatches: number[] = [];
    for (let time = start; time < start + 4 * 24 * HOUR; time += 60_000 + 7) {
      if (keys.dayOf(time) !== expected(time)) mismatches.push(time);
    }
    expect(mismatches).toEqual([]);
  });

  it('gives a four-digit year', () => {
    expect(new DayKeys('UTC').dayOf(Date.UTC(999, 0, 2))).toBe('0999-01-02');
  });
});
