import { HeldSampleAccumulator, type HeldSegment, QUANTITIES, type Quantity } from './held-samples.js';

export interface TimedValue {
  time: number;
  value: number;
}

/** A timed value as the API answers it: the time in ISO 8601. */
export const isoTimed = (point: TimedValue) => ({
  time: new Date(point.time).toISOString(),
  value: point.value,
});

export interface QuantityStats {
  min: TimedValue;
  max: TimedValue;
  /** Time-weighted by hold. */
  mean: number;
  first: TimedValue;
  last: TimedValue;
}

export interface RangeStatisticsResult {
  count: number;
  coveredMs: number;
  /** coveredMs / (to − from) × 100. */
  coverage: number;
  temperature: QuantityStats | null;
  humidity: QuantityStats | null;
}

/**
 * Min, max, first, last and time-weighted mean of one quantity, fed value by value in time order.
 * On equal values min and max keep the earliest.
 */
export class ValueStats {
  private stats: Omit<QuantityStats, 'mean'> | null = null;
  private weightMs = 0;
  /** Σ (value − first value) × ms: offset by the first value to keep the sum small. */
  private weightedDeviation = 0;

  add(time: number, value: number, weightMs: number): void {
    const point = { time, value };
    if (this.stats === null) {
      this.stats = { min: point, max: point, first: point, last: point };
    } else {
      if (value < this.stats.min.value) this.stats.min = point;
      if (value > this.stats.max.value) this.stats.max = point;
      this.stats.last = point;
    }
    this.weightMs += weightMs;
    this.weightedDeviation += (value - this.stats.first.value) * weightMs;
  }

  result(): QuantityStats | null {
    const stats = this.stats;
    if (stats === null) return null;
    return { ...stats, mean: stats.first.value + this.weightedDeviation / this.weightMs };
  }
}

/** Count, coverage and per-quantity statistics of the samples in a range. */
export class RangeStatistics extends HeldSampleAccumulator<RangeStatisticsResult> {
  private readonly quantities: Record<Quantity, ValueStats> = {
    temperature: new ValueStats(),
    humidity: new ValueStats(),
  };

  protected take({ sample, start, end }: HeldSegment): void {
    for (const quantity of QUANTITIES) {
      this.quantities[quantity].add(sample.time, sample[quantity], end - start);
    }
  }

  protected summarise(): RangeStatisticsResult {
    const { coveredMs, count } = this.held;
    return {
      count,
      coveredMs,
      coverage: (coveredMs / (this.window.to - this.window.from)) * 100,
      temperature: this.quantities.temperature.result(),
      humidity: this.quantities.humidity.result(),
    };
  }
}
