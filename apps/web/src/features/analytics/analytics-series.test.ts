import type { DailyBand, DistributionBin, SensorAnalytics } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import {
  bandAxis,
  bandSeries,
  binOutside,
  dayX,
  edgeDecimals,
  histogramBars,
  niceStep,
  shareAxis,
  outOfLimitsSeries,
} from './analytics-series';

const band = (day: string, temperature: [number, number, number], humidity: [number, number, number]) =>
  ({
    day,
    temperature: { min: temperature[0], max: temperature[1], mean: temperature[2] },
    humidity: { min: humidity[0], max: humidity[1], mean: humidity[2] },
  }) satisfies DailyBand;

const bin = (from: number, to: number, share: number): DistributionBin => ({
  from,
  to,
  share,
  ms: share * 36_000,
});

describe('analytics chart series', () => {
  it('puts each sensor’s time out of limits in three series, in the order of the sensors', () => {
    const figures = (temperature: number, humidity: number, either: number) =>
      ({ outOfLimits: { temperature, humidity, either } }) as SensorAnalytics;
    expect(
      outOfLimitsSeries([
        { label: 'Lab 1A (Calibration lab)', analytics: figures(1.23456, 0, 1.23456) },
        { label: 'Lab 2A (Warehouse)', analytics: figures(0.5, 2, 2.25) },
      ]),
    ).toEqual({
      categories: ['Lab 1A (Calibration lab)', 'Lab 2A (Warehouse)'],
      series: [
        { name: 'Temperature', data: [1.23, 0.5] },
        { name: 'Humidity', data: [0, 2] },
        { name: 'Either', data: [1.23, 2.25] },
      ],
    });
  });

  it('puts the share axis on round numbers with room for the longest bar’s label', () => {
    expect(shareAxis(0.25)).toEqual({ min: 0, max: 0.4, tickAmount: 4, decimals: 1 });
    expect(shareAxis(12.3)).toEqual({ min: 0, max: 20, tickAmount: 4, decimals: 0 });
    expect(shareAxis(100)).toEqual({ min: 0, max: 100, tickAmount: 4, decimals: 0 });
    expect(shareAxis(0)).toEqual({ min: 0, max: 1, tickAmount: 4, decimals: 2 });
  });

  it('draws a day at its midnight counted as UTC, and breaks the band on days without readings', () => {
    const { range, mean } = bandSeries(
      [
        band('2026-03-28', [20, 22, 21], [40, 50, 45]),
        band('2026-03-29', [19.5, 23, 21.2], [41, 52, 46]),
        band('2026-04-01', [20.1, 22.4, 21.1], [39, 49, 44]),
      ],
      'temperature',
    );
    expect(range).toEqual([
      { x: dayX('2026-03-28'), y: [20, 22] },
      { x: dayX('2026-03-29'), y: [19.5, 23] },
      { x: dayX('2026-03-30'), y: null },
      { x: dayX('2026-03-31'), y: null },
      { x: dayX('2026-04-01'), y: [20.1, 22.4] },
    ]);
    expect(mean.map((point) => point.y)).toEqual([21, 21.2, null, null, 21.1]);
    expect(dayX('2026-03-29')).toBe(Date.UTC(2026, 2, 29));
    expect(bandSeries([], 'humidity')).toEqual({ range: [], mean: [] });
  });

  it('spans a band chart’s axis over the readings and the limits, with room around, on round numbers', () => {
    const bands = [band('2026-03-28', [20, 22, 21], [40, 50, 45])];
    // 18 – 24 °C and 0.3 of room: 17.7 – 24.3 in steps of 2.
    expect(bandAxis(bands, 'temperature', { min: 18, max: 24 })).toEqual({
      min: 16,
      max: 26,
      tickAmount: 5,
      decimals: 0,
    });
    // At least 1 %RH of room: 39 – 51 in steps of 2.5.
    expect(bandAxis(bands, 'humidity', { min: null, max: null })).toEqual({
      min: 37.5,
      max: 52.5,
      tickAmount: 6,
      decimals: 1,
    });
    // A flat day still gets some room: 20.8 – 21.2 in steps of 0.1.
    expect(
      bandAxis([band('2026-03-28', [21, 21, 21], [45, 45, 45])], 'temperature', { min: null, max: null }),
    ).toEqual({ min: 20.8, max: 21.2, tickAmount: 4, decimals: 1 });
    expect(bandAxis([], 'temperature', { min: 18, max: 25 })).toBeNull();
  });

  it('steps an axis on 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(10)).toBe(2);
    expect(niceStep(12)).toBe(2.5);
    expect(niceStep(0.4)).toBe(0.1);
    expect(niceStep(7.7)).toBe(2);
    expect(niceStep(30)).toBe(10);
    expect(niceStep(5)).toBe(1);
  });

  it('marks a bin beyond a limit by its middle', () => {
    const limits = { min: 18, max: 25 };
    expect(binOutside({ from: 25, to: 25.5 }, limits)).toBe(true);
    expect(binOutside({ from: 24.5, to: 25 }, limits)).toBe(false);
    expect(binOutside({ from: 17.5, to: 18 }, limits)).toBe(true);
    expect(binOutside({ from: 18, to: 18.5 }, limits)).toBe(false);
    // A limit inside a bin: the side most of the bin is on.
    expect(binOutside({ from: 24, to: 26 }, { min: null, max: 24.8 })).toBe(true);
    expect(binOutside({ from: 24, to: 26 }, { min: null, max: 25.2 })).toBe(false);
    expect(binOutside({ from: -40, to: -39 }, { min: null, max: null })).toBe(false);
  });

  it('fills the empty bins between those holding time, so the histogram has no holes', () => {
    const bars = histogramBars([bin(20.5, 21, 30), bin(21, 21.5, 60), bin(22.5, 23, 10)], {
      min: null,
      max: 22.5,
    });
    expect(bars.map(({ from, to, share, outside }) => [from, to, share, outside])).toEqual([
      [20.5, 21, 30, false],
      [21, 21.5, 60, false],
      [21.5, 22, 0, false],
      [22, 22.5, 0, false],
      [22.5, 23, 10, true],
    ]);
    expect(histogramBars([], { min: null, max: null })).toEqual([]);
  });

  it('merges bins when a stray value would stretch the histogram too wide, on edges still multiples of the width', () => {
    const bars = histogramBars(
      [bin(0.1, 0.2, 20), bin(0.2, 0.3, 30), bin(0.3, 0.4, 40), bin(1.2, 1.3, 10)],
      { min: null, max: null },
      4,
    );
    // 12 bins of 0.1 from 0.1 to 1.3 at most 4 bars: 3 bins a bar, from 0 on.
    expect(bars.map(({ from, to, share }) => [from, to, share])).toEqual([
      [0, 0.3, 50],
      [0.3, 0.6, 40],
      [0.6, 0.9, 0],
      [0.9, 1.2, 0],
      [1.2, 1.5, 10],
    ]);
    expect(bars.reduce((sum, bar) => sum + bar.ms, 0)).toBe(100 * 36_000);
    // Below zero too: 8 bins of 0.5 from -2 to 2, two a bar.
    const cold = histogramBars([bin(-2, -1.5, 50), bin(1.5, 2, 50)], { min: null, max: null }, 4);
    expect(cold.map(({ from, to, share }) => [from, to, share])).toEqual([
      [-2, -1, 50],
      [-1, 0, 0],
      [0, 1, 0],
      [1, 2, 50],
    ]);
  });

  it('gives histogram edges as many decimals as the width needs', () => {
    expect(edgeDecimals(2)).toBe(0);
    expect(edgeDecimals(0.5)).toBe(1);
    expect(edgeDecimals(0.3 - 0.2)).toBe(1);
    expect(edgeDecimals(0.25)).toBe(2);
  });
});
