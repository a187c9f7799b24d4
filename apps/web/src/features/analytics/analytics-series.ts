import type { DailyBand, DistributionBin, Quantity, SensorAnalytics } from '@factoryops/contracts';

/** The bar chart of time out of limits: one group of bars per sensor. */
export interface OutOfLimitsSeries {
  categories: string[];
  series: { name: string; data: number[] }[];
}

/** Share of covered time out of limits per sensor, for temperature, humidity and either (rounded to 0.01 %). */
export function outOfLimitsSeries(
  sensors: { label: string; analytics: SensorAnalytics }[],
): OutOfLimitsSeries {
  const round = (share: number) => Math.round(share * 100) / 100;
  const bars = (key: keyof SensorAnalytics['outOfLimits']) =>
    sensors.map(({ analytics }) => round(analytics.outOfLimits[key]));
  return {
    categories: sensors.map(({ label }) => label),
    series: [
      { name: 'Temperature', data: bars('temperature') },
      { name: 'Humidity', data: bars('humidity') },
      { name: 'Either', data: bars('either') },
    ],
  };
}

/**
 * The share axis of the out-of-limits chart, from 0 on round numbers, with room beside the longest
 * bar for its label; up to 1 % when nothing was out.
 */
export function shareAxis(highest: number): ValueAxis {
  if (highest <= 0) return { min: 0, max: 1, tickAmount: 4, decimals: 2 };
  const step = niceStep(Math.min(highest * 1.3, 100), 4);
  const tickAmount = Math.ceil(Math.min(highest * 1.3, 100) / step);
  return { min: 0, max: edge(tickAmount, step), tickAmount, decimals: edgeDecimals(step) };
}

const DAY = 86_400_000;

/** Edge `index` × `width`, rounded to 12 significant digits so that 3 × 0.1 is 0.3 (as the server counts). */
const edge = (index: number, width: number) => Number((index * width).toPrecision(12));

/** A calendar day (`2026-11-23`) as a chart's x: its midnight counted as UTC, as the axis reads its ticks. */
export const dayX = (day: string) => Date.parse(`${day}T00:00:00Z`);

export interface BandSeries {
  /** Each day's minimum and maximum; null on a day without readings (the band breaks there). */
  range: { x: number; y: [number, number] | null }[];
  /** Each day's time-weighted mean. */
  mean: { x: number; y: number | null }[];
}

/**
 * One quantity's daily band for a chart: days without readings between two that have some are
 * written as gaps, so the band and the line break instead of bridging the missing days.
 */
export function bandSeries(bands: DailyBand[], quantity: Quantity): BandSeries {
  const range: BandSeries['range'] = [];
  const mean: BandSeries['mean'] = [];
  let previous: number | null = null;
  for (const band of bands) {
    const x = dayX(band.day);
    // Days are calendar days: 23 to 25 hours apart in real time, exactly 24 as counted here.
    for (let missing = (previous ?? x) + DAY; missing < x; missing += DAY) {
      range.push({ x: missing, y: null });
      mean.push({ x: missing, y: null });
    }
    const { min, max, mean: average } = band[quantity];
    range.push({ x, y: [min, max] });
    mean.push({ x, y: average });
    previous = x;
  }
  return { range, mean };
}

/** A value axis on round numbers: its ends, the number of steps between them, and the decimals a label needs. */
export interface ValueAxis {
  min: number;
  max: number;
  tickAmount: number;
  decimals: number;
}

/** The round step (1, 2, 2.5 or 5 × a power of ten) that cuts `span` into about `steps`. */
export function niceStep(span: number, steps = 5): number {
  const raw = span / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= raw * (1 - 1e-9)) ?? 10;
  return Number((factor * power).toPrecision(12));
}

/**
 * The value axis of a band chart: the readings' extremes and the limits (so the limit lines show
 * where the readings stand), with a little room, on round numbers; null without readings.
 */
export function bandAxis(
  bands: DailyBand[],
  quantity: Quantity,
  limits: { min: number | null; max: number | null },
): ValueAxis | null {
  if (bands.length === 0) return null;
  const values = bands.flatMap((band) => [band[quantity].min, band[quantity].max]);
  for (const limit of [limits.min, limits.max]) if (limit !== null) values.push(limit);
  const room = Math.max(
    (Math.max(...values) - Math.min(...values)) * 0.05,
    quantity === 'temperature' ? 0.2 : 1,
  );
  const low = Math.min(...values) - room;
  const high = Math.max(...values) + room;
  const step = niceStep(high - low);
  const min = edge(Math.floor(low / step), step);
  const max = edge(Math.ceil(high / step), step);
  return { min, max, tickAmount: Math.round((max - min) / step), decimals: edgeDecimals(step) };
}

/** One bar of a histogram: a bin's share of the covered time, and whether it lies beyond a limit. */
export interface HistogramBar {
  from: number;
  to: number;
  /** % of the covered time. */
  share: number;
  ms: number;
  outside: boolean;
}

/**
 * A bin beyond a limit: its middle is (the bins straddling a limit that is no multiple of the width
 * go to the side most of them is on).
 */
export function binOutside(
  bin: { from: number; to: number },
  limits: { min: number | null; max: number | null },
): boolean {
  const middle = (bin.from + bin.to) / 2;
  return (limits.max !== null && middle > limits.max) || (limits.min !== null && middle < limits.min);
}

/**
 * The server's bins (only those holding time) as a histogram without holes: the empty bins between
 * are filled in, and when that would make more than `maxBars` bars (a stray reading far from the
 * rest), adjacent bins are merged into wider ones whose edges are still multiples of the width.
 */
export function histogramBars(
  bins: DistributionBin[],
  limits: { min: number | null; max: number | null },
  maxBars = 60,
): HistogramBar[] {
  const [first] = bins;
  if (!first) return [];
  const width = first.to - first.from;
  const indexOf = (bin: DistributionBin) => Math.round(bin.from / width);
  const indexes = bins.map(indexOf);
  const low = Math.min(...indexes);
  const high = Math.max(...indexes);
  const merge = Math.max(1, Math.ceil((high - low + 1) / maxBars));
  const start = Math.floor(low / merge);
  const count = Math.floor(high / merge) - start + 1;
  const bars = Array.from({ length: count }, (_, offset) => {
    const group = start + offset;
    const from = edge(group * merge, width);
    const to = edge((group + 1) * merge, width);
    return { from, to, share: 0, ms: 0, outside: binOutside({ from, to }, limits) };
  });
  bins.forEach((bin, position) => {
    const bar = bars[Math.floor(indexes[position] / merge) - start];
    bar.share += bin.share;
    bar.ms += bin.ms;
  });
  return bars;
}

/** Decimals that tell a histogram's edges apart: 0 for 2 %RH bins, 1 for 0.5 °C, 2 for 0.25 °C. */
export function edgeDecimals(width: number): number {
  for (let places = 0; places < 4; places += 1) {
    if (Math.abs(Math.round(width * 10 ** places) - width * 10 ** places) < 1e-9) return places;
  }
  return 4;
}
