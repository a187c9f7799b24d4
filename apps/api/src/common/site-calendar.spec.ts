import { describe, expect, it } from '@jest/globals';
import { dayIn, timeIn } from './site-calendar.js';

describe('the site calendar', () => {
  it.each([
    ['2026-03-01T22:30:00Z', 'Africa/Johannesburg', '2026-03-02', '00:30'],
    ['2026-03-01T22:30:00Z', 'UTC', '2026-03-01', '22:30'],
    ['2026-03-02T00:05:00Z', 'America/New_York', '2026-03-01', '19:05'],
    ['2026-07-01T11:00:00Z', 'Europe/London', '2026-07-01', '12:00'],
  ])('places %s in %s on %s at %s', (instant, zone, day, time) => {
    expect(dayIn(new Date(instant), zone)).toBe(day);
    expect(timeIn(new Date(instant), zone)).toBe(time);
  });
});
