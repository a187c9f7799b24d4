/** Where a stretch of a range is read from: raw readings, or whole 1-minute or 1-hour rollup buckets. */
export type TileSource = 'raw' | 'minute' | 'hour';

export interface Tile {
  source: TileSource;
  from: number;
  to: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

const floorTo = (time: number, unit: number) => Math.floor(time / unit) * unit;
const ceilTo = (time: number, unit: number) => Math.ceil(time / unit) * unit;

/**
 * Covers [from, to) with the coarsest whole buckets that fit: hours in the middle, minutes around
 * them, raw readings at the ragged edges. Aggregates over the tiles equal aggregates over the raw rows.
 */
export function tilesOf(from: number, to: number): Tile[] {
  const tiles: Tile[] = [];
  const add = (source: TileSource, start: number, end: number) => {
    if (start < end) tiles.push({ source, from: start, to: end });
  };
  const minuteStart = Math.min(ceilTo(from, MINUTE_MS), to);
  const minuteEnd = Math.max(floorTo(to, MINUTE_MS), minuteStart);
  const hourStart = ceilTo(minuteStart, HOUR_MS);
  const hourEnd = floorTo(minuteEnd, HOUR_MS);
  add('raw', from, minuteStart);
  if (hourStart < hourEnd) {
    add('minute', minuteStart, hourStart);
    add('hour', hourStart, hourEnd);
    add('minute', hourEnd, minuteEnd);
  } else add('minute', minuteStart, minuteEnd);
  add('raw', minuteEnd, to);
  return tiles;
}

/** Raw readings for up to two days, 1-minute buckets up to a month, 1-hour buckets beyond. */
export function seriesSource(from: number, to: number): TileSource {
  const span = to - from;
  if (span <= 2 * 24 * HOUR_MS) return 'raw';
  if (span <= 31 * 24 * HOUR_MS) return 'minute';
  return 'hour';
}
