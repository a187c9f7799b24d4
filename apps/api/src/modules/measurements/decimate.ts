import type { TimedValue } from './range-statistics.js';

/** The extremes of a stretch of readings; a raw reading is a bucket with min = max and minTime = maxTime. */
export interface Bucket {
  minTime: number;
  min: number;
  maxTime: number;
  max: number;
}

/**
 * At most `maxPoints` points (≥ 2) that keep every extreme: buckets (in time order) are split into
 * ⌊maxPoints / 2⌋ consecutive groups of equal count (±1) and each group gives its minimum point and its
 * maximum point (the earliest on ties), in time order, once when they are the same point. When all the
 * buckets' own min and max points fit in maxPoints they are returned as they are.
 */
export function decimate(buckets: readonly Bucket[], maxPoints: number): TimedValue[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError(`Invalid maxPoints ${maxPoints}`);
  const groups = Math.floor(maxPoints / 2);
  const pointCount = buckets.reduce((total, b) => total + (b.minTime === b.maxTime ? 1 : 2), 0);
  if (pointCount <= maxPoints) return buckets.flatMap((bucket) => extremes(bucket));
  const points: TimedValue[] = [];
  for (let group = 0; group < groups; group += 1) {
    const first = Math.floor((group * buckets.length) / groups);
    const end = Math.floor(((group + 1) * buckets.length) / groups);
    let low = buckets[first];
    let high = buckets[first];
    for (let i = first + 1; i < end; i += 1) {
      if (buckets[i].min < low.min) low = buckets[i];
      if (buckets[i].max > high.max) high = buckets[i];
    }
    points.push(...extremes({ minTime: low.minTime, min: low.min, maxTime: high.maxTime, max: high.max }));
  }
  return points;
}

/** The bucket's min and max points in time order, one point when they coincide. */
function extremes({ minTime, min, maxTime, max }: Bucket): TimedValue[] {
  if (minTime === maxTime) return [{ time: minTime, value: min }];
  const low = { time: minTime, value: min };
  const high = { time: maxTime, value: max };
  return minTime < maxTime ? [low, high] : [high, low];
}
