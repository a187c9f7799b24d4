import { HeldSampleAccumulator, type HeldSegment, type HoldWindow, type Quantity } from './held-samples.js';

const DAY_MS = 86_400_000;

export interface TrendOptions extends HoldWindow {
  quantity: Quantity;
}

/**
 * Ordinary least-squares slope of one quantity against time over the samples in the range, in units
 * per 24 h; null with fewer than 2 samples. Each sample counts once (not weighted by its hold). Running
 * means and co-moments (Welford) keep it exact over millions of epoch-ms times in constant memory.
 */
export class Trend extends HeldSampleAccumulator<number | null> {
  private readonly quantity: Quantity;
  private count = 0;
  private meanTime = 0;
  private meanValue = 0;
  /** Σ (t − mean t)². */
  private timeSquares = 0;
  /** Σ (t − mean t)(v − mean v). */
  private coMoment = 0;

  constructor({ quantity, ...window }: TrendOptions) {
    super(window);
    this.quantity = quantity;
  }

  protected take({ sample }: HeldSegment): void {
    const value = sample[this.quantity];
    this.count += 1;
    const timeDeviation = sample.time - this.meanTime;
    this.meanTime += timeDeviation / this.count;
    this.meanValue += (value - this.meanValue) / this.count;
    this.timeSquares += timeDeviation * (sample.time - this.meanTime);
    this.coMoment += timeDeviation * (value - this.meanValue);
  }

  protected summarise(): number | null {
    if (this.count < 2) return null;
    return (this.coMoment / this.timeSquares) * DAY_MS;
  }
}
