import type { History, Quantity, SeriesPoint } from '@factoryops/contracts';
import type { InstantRange, WallClockRange } from './history-range';
import { formatWallClock, wallClockMs } from './zoned-time';

/** One point of a line; `null` breaks the line (a gap in the readings). */
export type ChartPoint = [x: number, y: number | null];
export interface ChartSeries {
  name: string;
  data: ChartPoint[];
}

/** One sensor on the chart: its name and (once loaded) its history. */
export interface SensorLine {
  name: string;
  history: History | undefined;
  /** How often its instrument stores a reading. */
  storageIntervalSeconds: number;
}

const MINUTE = 60_000;
const STEP_OF_SOURCE: Record<History['source'], number> = {
  raw: 0,
  minute: MINUTE,
  hour: 60 * MINUTE,
  'six-hour': 360 * MINUTE,
};

/**
 * The longest step between two points still drawn as one line. The server counts a gap longer than
 * three storage intervals as not covered; a downsampled series has a point or two per stretch of the
 * range, and rollups one value per minute or hour at the most.
 */
export function gapThresholdMs(history: History, storageIntervalSeconds: number, points: number): number {
  const stretch = (Date.parse(history.to) - Date.parse(history.from)) / Math.max(1, points / 2);
  return 3 * Math.max(storageIntervalSeconds * 1000, STEP_OF_SOURCE[history.source], stretch);
}

/**
 * Points for a chart whose x axis shows the site's wall clock: x is the wall-clock time counted as if
 * UTC (the axis labels its ticks in UTC, so ticks fall on the site's midnights and hours). A step
 * longer than `gapMs` (in real time) gets a `null` between, so the line breaks there.
 */
export function toChartPoints(points: SeriesPoint[], timeZone: string, gapMs: number): ChartPoint[] {
  const data: ChartPoint[] = [];
  let previous: { instant: number; x: number } | null = null;
  for (const [instant, value] of points) {
    const x = wallClockMs(instant, timeZone);
    if (previous && instant - previous.instant > gapMs) data.push([(previous.x + x) / 2, null]);
    data.push([x, value]);
    previous = { instant, x };
  }
  return data;
}

/** One series per sensor for one quantity, in the order the sensors were chosen (so colours match across charts). */
export function buildChartSeries(
  lines: SensorLine[],
  quantity: Quantity,
  timeZone: string,
  points: number,
): ChartSeries[] {
  return lines.map(({ name, history, storageIntervalSeconds }) => ({
    name,
    data: history
      ? toChartPoints(
          history.series[quantity],
          timeZone,
          gapThresholdMs(history, storageIntervalSeconds, points),
        )
      : [],
  }));
}

/** The x axis of a range: its ends on the site's wall clock. */
export function axisBounds(range: InstantRange, timeZone: string): { min: number; max: number } {
  return {
    min: wallClockMs(Date.parse(range.from), timeZone),
    max: wallClockMs(Date.parse(range.to), timeZone),
  };
}

/**
 * The custom range a selection on the chart stands for, to the minute and taking in the whole
 * selection; null for a selection without width.
 */
export function selectionRange(min: number, max: number): WallClockRange | null {
  const from = Math.floor(min / MINUTE) * MINUTE;
  const to = Math.ceil(max / MINUTE) * MINUTE;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return null;
  return { from: formatWallClock(from), to: formatWallClock(to) };
}
