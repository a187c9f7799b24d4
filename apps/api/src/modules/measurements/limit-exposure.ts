import {
  HeldSampleAccumulator,
  type HeldSegment,
  type HoldWindow,
  QUANTITIES,
  type Quantity,
} from './held-samples.js';
import type { TimedValue } from './range-statistics.js';

/** Limits on the corrected values; null = no limit on that side. */
export interface Limits {
  temperatureMin: number | null;
  temperatureMax: number | null;
  humidityMin: number | null;
  humidityMax: number | null;
}

export interface LimitExposureOptions extends HoldWindow {
  limits: Limits;
}

export type ExcursionDirection = 'high' | 'low';

/** A maximal stretch of held time with one quantity beyond the same side of its limit. */
export interface Excursion {
  quantity: Quantity;
  direction: ExcursionDirection;
  start: number;
  end: number;
  durationMs: number;
  /** The held value farthest beyond the limit (the earliest on ties). */
  worst: TimedValue;
}

export interface LimitExposureResult {
  coveredMs: number;
  /** Held time beyond a limit; `either` is the union of both quantities' time out, not their sum. */
  outMs: { temperature: number; humidity: number; either: number };
  /** Sorted by start, temperature first on equal starts. */
  excursions: Excursion[];
}

type OpenExcursion = Omit<Excursion, 'durationMs'>;

const bounds = (limits: Limits, quantity: Quantity) =>
  quantity === 'temperature'
    ? { min: limits.temperatureMin, max: limits.temperatureMax }
    : { min: limits.humidityMin, max: limits.humidityMax };

/** Time out of limits and the excursions, per quantity and for either quantity. */
export class LimitExposure extends HeldSampleAccumulator<LimitExposureResult> {
  private readonly limits: Limits;
  private readonly outMs = { temperature: 0, humidity: 0, either: 0 };
  private readonly open: Record<Quantity, OpenExcursion | null> = { temperature: null, humidity: null };
  private readonly excursions: Excursion[] = [];

  constructor({ limits, ...window }: LimitExposureOptions) {
    super(window);
    for (const quantity of QUANTITIES) {
      const { min, max } = bounds(limits, quantity);
      if (min !== null && max !== null && min > max) {
        throw new RangeError(`The ${quantity} minimum ${min} is above its maximum ${max}`);
      }
    }
    this.limits = limits;
  }

  protected take({ sample, start, end }: HeldSegment): void {
    let out = false;
    for (const quantity of QUANTITIES) {
      const value = sample[quantity];
      const direction = this.directionOf(quantity, value);
      if (direction !== null) {
        out = true;
        this.outMs[quantity] += end - start;
      }
      const open = this.open[quantity];
      if (open !== null && open.direction === direction && open.end === start) {
        open.end = end;
        if (direction === 'high' ? value > open.worst.value : value < open.worst.value) {
          open.worst = { time: sample.time, value };
        }
        continue;
      }
      this.close(quantity);
      if (direction !== null) {
        this.open[quantity] = { quantity, direction, start, end, worst: { time: sample.time, value } };
      }
    }
    if (out) this.outMs.either += end - start;
  }

  protected summarise(): LimitExposureResult {
    for (const quantity of QUANTITIES) this.close(quantity);
    return {
      coveredMs: this.held.coveredMs,
      outMs: { ...this.outMs },
      excursions: [...this.excursions].sort(
        (a, b) => a.start - b.start || QUANTITIES.indexOf(a.quantity) - QUANTITIES.indexOf(b.quantity),
      ),
    };
  }

  private directionOf(quantity: Quantity, value: number): ExcursionDirection | null {
    const { min, max } = bounds(this.limits, quantity);
    if (max !== null && value > max) return 'high';
    if (min !== null && value < min) return 'low';
    return null;
  }

  private close(quantity: Quantity): void {
    const open = this.open[quantity];
    if (open === null) return;
    this.excursions.push({ ...open, durationMs: open.end - open.start });
    this.open[quantity] = null;
  }
}
