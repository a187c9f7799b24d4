import { describe, expect, it } from 'vitest';
import { isHistoryRange, presetInstants, rangeQuery, toWallClockRange } from './history-range';

const at = (text: string) => Date.parse(text);
const iso = ({ from, to }: { from: number; to: number }) => ({
  from: new Date(from).toISOString(),
  to: new Date(to).toISOString(),
});

describe('history ranges', () => {
  const now = at('2026-11-23T13:30:00Z');

  it('ends every preset now; the last 24 h are 24 hours', () => {
    expect(iso(presetInstants('24h', now, 'Europe/Prague'))).toEqual({
      from: '2026-11-22T13:30:00.000Z',
      to: '2026-11-23T13:30:00.000Z',
    });
    expect(iso(presetInstants('7d', now, 'Europe/Prague')).from).toBe('2026-11-16T13:30:00.000Z');
    // 08:30 EST now; 30 days back is 08:30 EDT.
    expect(iso(presetInstants('30d', now, 'America/New_York')).from).toBe('2026-10-24T12:30:00.000Z');
    expect(iso(presetInstants('1y', now, 'Asia/Tokyo')).from).toBe('2025-11-23T13:30:00.000Z');
  });

  it('counts days on the site’s calendar across a clock change: the same time of day, not n × 24 h', () => {
    // 14:30 in Prague on 1 April; a week earlier is 14:30 CET, before the change of 29 March.
    const spring = presetInstants('7d', at('2026-04-01T12:30:00Z'), 'Europe/Prague');
    expect(iso(spring).from).toBe('2026-03-25T13:30:00.000Z');
    expect((spring.to - spring.from) / 3_600_000).toBe(7 * 24 - 1);
    // 09:00 in New York on 3 November; 30 days earlier is 09:00 EDT.
    const autumn = presetInstants('30d', at('2026-11-03T14:00:00Z'), 'America/New_York');
    expect(iso(autumn).from).toBe('2026-10-04T13:00:00.000Z');
    // The 24 hours stay 24 hours across the change.
    const day = presetInstants('24h', at('2026-03-29T12:00:00Z'), 'Europe/Prague');
    expect(day.to - day.from).toBe(24 * 3_600_000);
  });

  it('starts a year back on 28 February from a 29 February', () => {
    expect(iso(presetInstants('1y', at('2028-02-29T11:00:00Z'), 'UTC')).from).toBe(
      '2027-02-28T11:00:00.000Z',
    );
  });

  it('reads custom times in the site’s zone and waits for both ends', () => {
    const custom = { from: '2026-06-10T08:00', to: '2026-06-12T18:30' };
    expect(rangeQuery('custom', custom, now, 'Europe/Prague')).toEqual({
      from: '2026-06-10T06:00:00.000Z',
      to: '2026-06-12T16:30:00.000Z',
    });
    expect(rangeQuery('custom', { ...custom, to: '' }, now, 'Europe/Prague')).toBeNull();
    expect(rangeQuery('custom', { ...custom, from: 'yesterday' }, now, 'Europe/Prague')).toBeNull();
    // An end before the start goes to the server as it is, which names the field.
    expect(rangeQuery('custom', { from: custom.to, to: custom.from }, now, 'UTC')).toEqual({
      from: '2026-06-12T18:30:00.000Z',
      to: '2026-06-10T08:00:00.000Z',
    });
    expect(rangeQuery('24h', custom, now, 'UTC')).toEqual({
      from: '2026-11-22T13:30:00.000Z',
      to: '2026-11-23T13:30:00.000Z',
    });
  });

  it('shows a range in custom inputs as the site’s clocks read it', () => {
    expect(
      toWallClockRange({ from: '2026-06-10T06:00:00.000Z', to: '2026-06-12T16:30:00.000Z' }, 'Europe/Prague'),
    ).toEqual({ from: '2026-06-10T08:00', to: '2026-06-12T18:30' });
  });

  it('reads ranges from the address strictly', () => {
    expect(isHistoryRange('7d')).toBe(true);
    expect(isHistoryRange('custom')).toBe(true);
    expect(isHistoryRange('90d')).toBe(false);
    expect(isHistoryRange('hasOwnProperty')).toBe(false);
  });
});
