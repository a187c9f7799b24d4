import { ROLLUPS, type RollupSource } from './reading-rollups.js';

/** Where a stretch of a range is read from: raw readings, or whole rollup buckets of one level. */
export type TileSource = 'raw' | RollupSource;

export interface Tile {
  source: TileSource;
  from: number;
  to: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/** Each rollup level's table and bucket size. */
export const ROLLUP_TABLE = Object.fromEntries(ROLLUPS.map((r) => [r.source, r.table])) as Record<
  RollupSource,
  string
>;
export const BUCKET_MS = Object.fromEntries(ROLLUPS.map((r) => [r.source, r.ms])) as Record<
  RollupSource,
  number
>;

const floorTo = (time: number, unit: number) => Math.floor(time / unit) * unit;
const ceilTo = (time: number, unit: number) => Math.ceil(time / unit) * unit;

/**
 * Covers [from, to) with the coarsest whole buckets that fit: six-hour buckets in the middle, hours
 * and minutes around them, raw readings at the ragged edges. Aggregates over the tiles equal
 * aggregates over the raw rows.
 */
export function tilesOf(from: number, to: number): Tile[] {
  const cover = (start: number, end: number, level: number): Tile[] => {
    if (start >= end) return [];
    const rollup = ROLLUPS[level];
    if (!rollup) return [{ source: 'raw', from: start, to: end }];
    const first = ceilTo(start, rollup.ms);
    const last = floorTo(end, rollup.ms);
    if (first >= last) return cover(start, end, level - 1);
    return [
      ...cover(start, first, level - 1),
      { source: rollup.source, from: first, to: last },
      ...cover(last, end, level - 1),
    ];
  };
  return cover(from, to, ROLLUPS.length - 1);
}

/** Raw readings for up to two days, 1-minute buckets up to a month, 1-hour up to 250 days, then 6-hour. */
export function seriesSource(from: number, to: number): TileSource {
  const span = to - from;
  if (span <= 2 * 24 * HOUR_MS) return 'raw';
  if (span <= 31 * 24 * HOUR_MS) return 'minute';
  // From 250 days on, six-hour buckets still fill a 2,000-point chart (two points each).
  if (span <= 250 * 24 * HOUR_MS) return 'hour';
  return 'six-hour';
}
