/** One reading with corrected values, `time` in epoch ms. */
export interface Sample {
  time: number;
  temperature: number;
  humidity: number;
}

export { QUANTITIES, type Quantity } from '@factoryops/contracts';

/** The range [from, to) in epoch ms and the nominal interval between readings. */
export interface HoldWindow {
  from: number;
  to: number;
  intervalMs: number;
}

/** The stretch [start, end) of the range during which `sample` holds its values. */
export interface HeldSegment {
  sample: Sample;
  start: number;
  end: number;
}

/** A reading more than this many intervals after the previous one leaves a gap. */
export const GAP_INTERVALS = 3;

/**
 * The hold rule, once for every accumulator. A sample in [from, to) holds its values until the next
 * sample's time; when the next sample is more than GAP_INTERVALS × intervalMs later (or there is none),
 * it holds for intervalMs only and the rest is a gap. Holds are clipped to `to`. Samples before `from`
 * cover nothing; a sample at or after `to` covers nothing either but still ends the previous hold.
 * Samples must come in strictly increasing time order. Segments are emitted one sample late, and the
 * last one on finish().
 */
export class HeldSamples {
  private held: Sample | null = null;
  private lastTime = Number.NEGATIVE_INFINITY;
  private finished = false;
  private heldCount = 0;
  private heldMs = 0;

  constructor(
    private readonly window: HoldWindow,
    private readonly onSegment: (segment: HeldSegment) => void,
  ) {
    const { from, to, intervalMs } = window;
    if (!Number.isFinite(from) || !Number.isFinite(to) || !(from < to)) {
      throw new RangeError(`Invalid range [${from}, ${to})`);
    }
    if (!Number.isFinite(intervalMs) || !(intervalMs > 0)) {
      throw new RangeError(`Invalid interval ${intervalMs} ms`);
    }
  }

  /** Samples in the range that hold time (all of them: each holds for at least 1 ms). */
  get count(): number {
    return this.heldCount;
  }

  /** Total held time emitted so far. */
  get coveredMs(): number {
    return this.heldMs;
  }

  add(sample: Sample): void {
    if (this.finished) throw new Error('Cannot add a sample after finish()');
    if (!(sample.time > this.lastTime)) {
      throw new RangeError(
        `Samples must be in strictly increasing time order (${sample.time} after ${this.lastTime})`,
      );
    }
    this.lastTime = sample.time;
    this.release(sample.time);
    if (sample.time >= this.window.from && sample.time < this.window.to) this.held = sample;
  }

  /** Emits the last pending segment. Idempotent. */
  finish(): void {
    if (this.finished) return;
    this.release(null);
    this.finished = true;
  }

  private release(nextTime: number | null): void {
    const sample = this.held;
    if (sample === null) return;
    this.held = null;
    const { intervalMs, to } = this.window;
    const holdsUntilNext = nextTime !== null && nextTime - sample.time <= GAP_INTERVALS * intervalMs;
    const end = Math.min(holdsUntilNext ? nextTime : sample.time + intervalMs, to);
    this.heldCount += 1;
    this.heldMs += end - sample.time;
    this.onSegment({ sample, start: sample.time, end });
  }
}

/** Base of the accumulators: feed samples with add(), read the figures with result() (which finishes). */
export abstract class HeldSampleAccumulator<Result> {
  protected readonly held: HeldSamples;

  constructor(protected readonly window: HoldWindow) {
    this.held = new HeldSamples(window, (segment) => this.take(segment));
  }

  add(sample: Sample): this {
    this.held.add(sample);
    return this;
  }

  addAll(samples: Iterable<Sample>): this {
    for (const sample of samples) this.held.add(sample);
    return this;
  }

  result(): Result {
    this.held.finish();
    return this.summarise();
  }

  protected abstract take(segment: HeldSegment): void;
  protected abstract summarise(): Result;
}
