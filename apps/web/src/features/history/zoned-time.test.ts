import { describe, expect, it } from 'vitest';
import {
  floorToMinute,
  parseWallClock,
  shiftWallClock,
  toWallClock,
  wallClockMs,
  wallClockToInstant,
  zoneOffsetMs,
} from './zoned-time';

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());
const HOUR = 3_600_000;

describe('wall-clock times in the site’s zone', () => {
  it('reads a wall-clock time in the site’s zone, whatever the browser’s', () => {
    expect(iso(wallClockToInstant('2026-01-15T08:00', 'Europe/Prague'))).toBe('2026-01-15T07:00:00.000Z');
    expect(iso(wallClockToInstant('2026-07-15T08:00', 'Europe/Prague'))).toBe('2026-07-15T06:00:00.000Z');
    expect(iso(wallClockToInstant('2026-07-15T08:00', 'America/New_York'))).toBe('2026-07-15T12:00:00.000Z');
    expect(iso(wallClockToInstant('2026-07-15T08:00', 'Asia/Kolkata'))).toBe('2026-07-15T02:30:00.000Z');
    expect(iso(wallClockToInstant('2026-07-15T08:00:30', 'UTC'))).toBe('2026-07-15T08:00:30.000Z');
  });

  it('reads a time the clocks skip in spring with the offset from before (02:30 is 03:30)', () => {
    // Europe: clocks go from 02:00 CET to 03:00 CEST on 29 March 2026.
    expect(iso(wallClockToInstant('2026-03-29T01:59', 'Europe/Prague'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(wallClockToInstant('2026-03-29T02:30', 'Europe/Prague'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(wallClockToInstant('2026-03-29T03:00', 'Europe/Prague'))).toBe('2026-03-29T01:00:00.000Z');
    // United States: 02:00 EST to 03:00 EDT on 8 March 2026.
    expect(iso(wallClockToInstant('2026-03-08T02:15', 'America/New_York'))).toBe('2026-03-08T07:15:00.000Z');
  });

  it('reads a time that happens twice in autumn as its first occurrence', () => {
    // Europe: 03:00 CEST goes back to 02:00 CET on 25 October 2026; 02:30 happens twice.
    expect(iso(wallClockToInstant('2026-10-25T02:30', 'Europe/Prague'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(wallClockToInstant('2026-10-25T03:00', 'Europe/Prague'))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(wallClockToInstant('2026-10-25T01:59', 'Europe/Prague'))).toBe('2026-10-24T23:59:00.000Z');
    // Lord Howe Island moves its clocks by half an hour.
    expect(iso(wallClockToInstant('2026-04-05T01:45', 'Australia/Lord_Howe'))).toBe(
      '2026-04-04T14:45:00.000Z',
    );
  });

  it('turns an instant into the site’s wall clock and back', () => {
    const instants = [
      '2026-03-29T00:59:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
    ];
    expect(instants.map((text) => toWallClock(Date.parse(text), 'Europe/Prague'))).toEqual([
      '2026-03-29T01:59',
      '2026-03-29T03:00',
      '2026-10-25T02:30',
      '2026-10-25T02:30',
    ]);
    expect(zoneOffsetMs(Date.parse('2026-01-01T00:00:00Z'), 'Europe/Prague')).toBe(HOUR);
    expect(zoneOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Prague')).toBe(2 * HOUR);
    expect(zoneOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'America/Los_Angeles')).toBe(-7 * HOUR);
    expect(wallClockMs(Date.parse('2026-07-01T00:00:00.250Z'), 'UTC')).toBe(
      Date.parse('2026-07-01T00:00:00.250Z'),
    );
  });

  it('refuses what is not a wall-clock time or not a day', () => {
    expect(wallClockToInstant('', 'UTC')).toBeNull();
    expect(wallClockToInstant('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(wallClockToInstant('2026-02-10T24:00', 'UTC')).toBeNull();
    expect(wallClockToInstant('2026-02-10 10:00', 'UTC')).toBeNull();
    expect(wallClockToInstant('2026-02-10T10:00Z', 'UTC')).toBeNull();
    expect(parseWallClock('2028-02-29T23:59')).toBe(Date.parse('2028-02-29T23:59:00Z'));
  });

  it('counts days and years on the calendar, keeping 29 February in its month', () => {
    const at = (text: string) => Date.parse(`${text}Z`);
    const shifted = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    expect(shifted(shiftWallClock(at('2026-03-05T10:15'), { days: -7 }))).toBe('2026-02-26T10:15');
    expect(shifted(shiftWallClock(at('2026-01-10T00:00'), { days: -30 }))).toBe('2025-12-11T00:00');
    expect(shifted(shiftWallClock(at('2028-02-29T12:00'), { years: -1 }))).toBe('2027-02-28T12:00');
    expect(shifted(shiftWallClock(at('2027-03-01T12:00'), { years: -1 }))).toBe('2026-03-01T12:00');
    expect(floorToMinute(Date.parse('2026-01-01T10:15:59.999Z'))).toBe(Date.parse('2026-01-01T10:15:00Z'));
  });
});
