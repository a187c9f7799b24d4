/**
 * Wall-clock times in the site's time zone (an IANA name such as `Europe/Prague`), which may differ
 * from the browser's. A wall-clock time is written as a `datetime-local` input writes it:
 * `2026-03-29T02:30`.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The wall clock of `instant` in `timeZone`, counted in milliseconds as if it were UTC: what a chart
 * axis shows in the site's zone when it labels its ticks in UTC.
 */
export function wallClockMs(instant: number, timeZone: string): number {
  const part: Record<string, number> = {};
  for (const { type, value } of partsIn(timeZone).formatToParts(instant)) part[type] = Number(value);
  const seconds = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  // The formatter drops milliseconds; keep the instant's own.
  return seconds + (((instant % 1000) + 1000) % 1000);
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds (3 600 000 for Prague in winter). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  return wallClockMs(instant, timeZone) - instant;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `2026-03-29T02:30` as milliseconds counted as if UTC; null when it is not such a time or no such day. */
export function parseWallClock(text: string): number | null {
  const match = WALL_CLOCK.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 April over into May: such a day does not exist.
  return new Date(ms).getUTCDate() === day && new Date(ms).getUTCMonth() === month - 1 ? ms : null;
}

/** Milliseconds counted as if UTC, written back as a wall-clock time to the minute: `2026-03-29T02:30`. */
export function formatWallClock(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/** The wall-clock time (to the minute) in `timeZone` at `instant`. */
export function toWallClock(instant: number, timeZone: string): string {
  return formatWallClock(wallClockMs(instant, timeZone));
}

/**
 * The instant a wall-clock time in `timeZone` stands for, or null when the text is not a time.
 * As clocks (and `Temporal`'s "compatible") do it: a time skipped when the clocks go forward is read
 * with the offset from before the change (02:30 on a spring-forward night at 02:00 is 03:30), and a
 * time that happens twice when they go back is its first occurrence.
 */
export function wallClockToInstant(text: string, timeZone: string): number | null {
  const wall = parseWallClock(text);
  if (wall === null) return null;
  // Zones change their offset at most once around any time of day; a day either side sees both.
  const before = wall - zoneOffsetMs(wall - DAY, timeZone);
  const after = wall - zoneOffsetMs(wall + DAY, timeZone);
  const candidates = [before, after].filter((instant) => wallClockMs(instant, timeZone) === wall);
  if (candidates.length) return Math.min(...candidates);
  return before;
}

/** The wall-clock time `days` calendar days (or `years` years) before, as a `setUTC…` would count them. */
export function shiftWallClock(wall: number, { days = 0, years = 0 }: { days?: number; years?: number }) {
  const date = new Date(wall);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  // 29 February a year on is 28 February, not 1 March.
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay) + days);
  return date.getTime();
}

/** Rounds down to the minute (range ends kept stable for a minute, so queries are not refetched). */
export function floorToMinute(instant: number): number {
  return Math.floor(instant / MINUTE) * MINUTE;
}

const zonedFormatters = new Map<string, Intl.DateTimeFormat>();

/** Date and time of an instant as the site's clocks show it: "Mar 29, 2026, 3:30:00 AM". */
export function formatInZone(
  iso: string | number,
  timeZone: string,
  style: 'short' | 'medium' = 'short',
): string {
  const key = `${timeZone}|${style}`;
  let formatter = zonedFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: style, timeZone });
    zonedFormatters.set(key, formatter);
  }
  return formatter.format(typeof iso === 'number' ? iso : Date.parse(iso));
}
