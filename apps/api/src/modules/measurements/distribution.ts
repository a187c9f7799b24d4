import {
  HeldSampleAccumulator,
  type HeldSegment,
  type HoldWindow,
  QUANTITIES,
  type Quantity,
} from './held-samples.js';

export interface DistributionOptions extends HoldWindow {
  /** Bin width in °C (default 0.5). */
  temperatureBin?: number;
  /** Bin width in %RH (default 2). */
  humidityBin?: number;
}

/** Held time with the value in [from, to). */
export interface Bin {
  from: number;
  to: number;
  ms: number;
  /** ms / covered time × 100. */
  share: number;
}

export interface DistributionResult {
  temperature: Bin[];
  humidity: Bin[];
}

/** Edge `index` × `width`, rounded to 12 significant digits so that 3 × 0.1 is 0.3. */
export const binEdge = (index: number, width: number): number => Number((index * width).toPrecision(12));

/** Index of the bin [binEdge(index), binEdge(index + 1)) that holds `value`. */
export function binIndex(value: number, width: number): number {
  const index = Math.floor(value / width);
  if (value < binEdge(index, width)) return index - 1;
  if (value >= binEdge(index + 1, width)) return index + 1;
  return index;
}

/** Share of covered time per value bin; bin edges are multiples of the width; only bins with time. */
export class Distribution extends HeldSampleAccumulator<DistributionResult> {
  private readonly widths: Record<Quantity, number>;
  private readonly bins: Record<Quantity, Map<number, number>> = {
    temperature: new Map(),
    humidity: new Map(),
  };

  constructor({ temperatureBin = 0.5, humidityBin = 2, ...window }: DistributionOptions) {
    super(window);
    for (const width of [temperatureBin, humidityBin]) {
      if (!Number.isFinite(width) || !(width > 0)) throw new RangeError(`Invalid bin width ${width}`);
    }
    this.widths = { temperature: temperatureBin, humidity: humidityBin };
  }

  protected take({ sample, start, end }: HeldSegment): void {
    for (const quantity of QUANTITIES) {
      const bins = this.bins[quantity];
      const index = binIndex(sample[quantity], this.widths[quantity]);
      bins.set(index, (bins.get(index) ?? 0) + end - start);
    }
  }

  protected summarise(): DistributionResult {
    const coveredMs = this.held.coveredMs;
    const list = (quantity: Quantity): Bin[] => {
      const width = this.widths[quantity];
      return [...this.bins[quantity]]
        .sort(([a], [b]) => a - b)
        .map(([index, ms]) => ({
          from: binEdge(index, width),
          to: binEdge(index + 1, width),
          ms,
          share: (ms / coveredMs) * 100,
        }));
    };
    return { temperature: list('temperature'), humidity: list('humidity') };
  }
}
