import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromDateTimeLocal, toDateTimeLocal } from './local-time';

describe('datetime-local ↔ ISO in the browser’s zone', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes the zone’s offset of that moment, in winter and in summer', () => {
    vi.stubEnv('TZ', 'Europe/Prague');
    expect(fromDateTimeLocal('2026-11-23T14:30')).toBe('2026-11-23T14:30:00+01:00');
    expect(fromDateTimeLocal('2026-07-01T08:05')).toBe('2026-07-01T08:05:00+02:00');
    expect(Date.parse(fromDateTimeLocal('2026-11-23T14:30'))).toBe(Date.parse('2026-11-23T13:30:00Z'));
  });

  it('handles zones west of UTC and half-hour offsets', () => {
    vi.stubEnv('TZ', 'America/New_York');
    expect(fromDateTimeLocal('2026-01-10T23:45')).toBe('2026-01-10T23:45:00-05:00');
    vi.stubEnv('TZ', 'Asia/Kolkata');
    expect(fromDateTimeLocal('2026-01-10T00:00')).toBe('2026-01-10T00:00:00+05:30');
  });

  it('moves a time skipped by the clock change forward, and keeps blanks blank', () => {
    vi.stubEnv('TZ', 'Europe/Prague');
    expect(fromDateTimeLocal('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(fromDateTimeLocal('')).toBe('');
  });

  it('shows an instant as local wall time, so a round trip keeps the minute', () => {
    vi.stubEnv('TZ', 'Europe/Prague');
    expect(toDateTimeLocal('2026-11-23T13:30:00Z')).toBe('2026-11-23T14:30');
    expect(toDateTimeLocal('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30');
    expect(toDateTimeLocal(fromDateTimeLocal('2026-07-01T08:05'))).toBe('2026-07-01T08:05');
    vi.stubEnv('TZ', 'America/New_York');
    expect(toDateTimeLocal('2026-11-23T13:30:00+01:00')).toBe('2026-11-23T07:30');
  });
});
