import {
  formatInZone,
  formatWallClock,
  shiftWallClock,
  toWallClock,
  wallClockMs,
  wallClockToInstant,
} from './zoned-time';

/** The ranges the history page offers, as its address writes them. */
export const HISTORY_RANGES = {
  '24h': 'Last 24 h',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '1y': 'Last year',
  custom: 'Custom',
} as const;
export type HistoryRange = keyof typeof HISTORY_RANGES;
export type PresetRange = Exclude<HistoryRange, 'custom'>;

export function isHistoryRange(value: string): value is HistoryRange {
  return Object.hasOwn(HISTORY_RANGES, value);
}

/** A custom range as its inputs hold it: wall-clock times in the site's zone (either may be empty). */
export interface WallClockRange {
  from: string;
  to: string;
}

/** A range as the API takes it. */
export interface InstantRange {
  from: string;
  to: string;
}

const HOUR = 3_600_000;

/**
 * The instants a preset covers, ending `now`. The last 24 h are 24 hours; days and years are counted
 * on the site's calendar, so "7 days" starts at the same time of day as now even across a clock change.
 */
export function presetInstants(
  range: PresetRange,
  now: number,
  timeZone: string,
): { from: number; to: number } {
  if (range === '24h') return { from: now - 24 * HOUR, to: now };
  const wallNow = wallClockMs(now, timeZone);
  const shift = range === '1y' ? { years: -1 } : { days: range === '7d' ? -7 : -30 };
  const from = wallClockToInstant(formatWallClock(shiftWallClock(wallNow, shift)), timeZone);
  return { from: from ?? now - 24 * HOUR, to: now };
}

/**
 * The range a choice covers as the API's `from`/`to`: a preset's, or the custom times read in the
 * site's zone; null while a custom end is missing or not a time. An end before the start is passed on
 * as it is, for the server to say what is wrong with it.
 */
export function rangeQuery(
  range: HistoryRange,
  custom: WallClockRange,
  now: number,
  timeZone: string,
): InstantRange | null {
  if (range !== 'custom') {
    const { from, to } = presetInstants(range, now, timeZone);
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  }
  const from = wallClockToInstant(custom.from, timeZone);
  const to = wallClockToInstant(custom.to, timeZone);
  if (from === null || to === null) return null;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** A range as custom inputs show it in the site's zone (to start a custom range from what is shown). */
export function toWallClockRange(range: InstantRange, timeZone: string): WallClockRange {
  return {
    from: toWallClock(Date.parse(range.from), timeZone),
    to: toWallClock(Date.parse(range.to), timeZone),
  };
}

/** A range as the site's clocks read it, for a line above the figures: "Nov 16, 2026, 2:30 PM – Nov 23, …". */
export function rangeText(range: InstantRange, timeZone: string): string {
  return `${formatInZone(range.from, timeZone)} – ${formatInZone(range.to, timeZone)}`;
}
