import { describe, expect, it } from '@jest/globals';
import { DailyBands } from './daily-bands.js';
import { Distribution } from './distribution.js';
import { HeldSamples, type HoldWindow, type Quantity, type Sample } from './held-samples.js';
import { type Excursion, LimitExposure, type Limits } from './limit-exposure.js';
import { MeanKineticTemperature } from './mean-kinetic-temperature.js';
import { RangeStatistics } from './range-statistics.js';
import { Trend } from './trend.js';

const S = 1000;
const at = (seconds: number, temperature = 20, humidity = 50): Sample => ({
  time: seconds * S,
  temperature,
  humidity,
});

/** The segments emitted for `times` (seconds), interval 10 s, as "start–end" in seconds. */
function segments(times: number[], from: number, to: number): string {
  const result: string[] = [];
  const held = new HeldSamples({ from: from * S, to: to * S, intervalMs: 10 * S }, ({ start, end }) =>
    result.push(`${start / S}–${end / S}`),
  );
  for (const time of times) held.add(at(time));
  held.finish();
  return result.join(' ');
}

describe('the hold rule', () => {
  it.each([
    ['each sample holds until the next', [0, 10, 20], 0, 60, '0–10 10–20 20–30'],
    ['the last sample holds one interval', [0], 0, 60, '0–10'],
    ['a next sample 3 intervals later still continues the hold', [0, 30], 0, 60, '0–30 30–40'],
    ['a next sample more than 3 intervals later leaves a gap', [0, 31], 0, 60, '0–10 31–41'],
    ['irregular steps within 3 intervals', [0, 4, 29], 0, 60, '0–4 4–29 29–39'],
    ['a sample before from covers nothing', [-5, 5, 15], 0, 20, '5–15 15–20'],
    ['holds are clipped at to', [0, 15], 0, 20, '0–15 15–20'],
    ['a sample at to covers nothing', [0, 10, 20], 0, 20, '0–10 10–20'],
    ['a sample after to still ends the previous hold', [5, 32], 0, 30, '5–30'],
    ['without it the last sample holds one interval', [5], 0, 30, '5–15'],
    ['a sample far after to leaves the gap', [5, 60], 0, 30, '5–15'],
    ['nothing in range', [-30, -20, 40], 0, 30, ''],
    ['no samples', [], 0, 30, ''],
  ])('%s', (_, times, from, to, expected) => {
    expect(segments(times, from, to)).toBe(expected);
  });

  it('counts the samples in range and the covered time', () => {
    const held = new HeldSamples({ from: 0, to: 60 * S, intervalMs: 10 * S }, () => {});
    for (const time of [-10, 0, 10, 50, 55, 70]) held.add(at(time));
    held.finish();
    // 0 → [0, 10), 10 → [10, 20) (50 is 40 s later), 50 → [50, 55), 55 → [55, 60) (70 ends it).
    expect({ count: held.count, coveredMs: held.coveredMs }).toEqual({ count: 4, coveredMs: 30 * S });
  });

  it('emits each segment once the next sample arrives, the last on finish (idempotent)', () => {
    const emitted: number[] = [];
    const held = new HeldSamples({ from: 0, to: 60 * S, intervalMs: 10 * S }, ({ start }) =>
      emitted.push(start / S),
    );
    held.add(at(0));
    expect(emitted).toEqual([]);
    held.add(at(10));
    expect(emitted).toEqual([0]);
    held.finish();
    held.finish();
    expect(emitted).toEqual([0, 10]);
    expect(() => held.add(at(20))).toThrow('after finish');
  });

  it('rejects samples out of order and invalid windows', () => {
    const held = new HeldSamples({ from: 0, to: 60 * S, intervalMs: 10 * S }, () => {});
    held.add(at(10));
    expect(() => held.add(at(10))).toThrow(RangeError);
    expect(() => held.add(at(5))).toThrow(RangeError);
    expect(() => new HeldSamples({ from: 10, to: 10, intervalMs: 1 }, () => {})).toThrow(RangeError);
    expect(() => new HeldSamples({ from: 0, to: 10, intervalMs: 0 }, () => {})).toThrow(RangeError);
    expect(() => new HeldSamples({ from: 0, to: Number.NaN, intervalMs: 1 }, () => {})).toThrow(RangeError);
  });
});

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About a day of readings on whole seconds: mostly every 8–12 s, some 25–35 s steps, some long gaps. */
function generate(seed: number, start: number): Sample[] {
  const next = random(seed);
  const samples: Sample[] = [];
  let time = start;
  let temperature = 5;
  let humidity = 60;
  while (time < start + 86_400 * S) {
    samples.push({ time, temperature, humidity });
    const roll = next();
    const step = roll < 0.005 ? 60 + next() * 900 : roll < 0.06 ? 25 + next() * 10 : 8 + next() * 4;
    time += Math.round(step) * S;
    temperature = Math.round((temperature + (next() - 0.5) * 1.2 + (5 - temperature) * 0.01) * 100) / 100;
    humidity = Math.round((humidity + (next() - 0.5) * 4 + (60 - humidity) * 0.01) * 10) / 10;
  }
  return samples;
}

/**
 * The holding sample of each second of [from, to), by the rule written out again: the latest sample at
 * or before the second, if it is in the range, and the second is before the next sample (when that
 * comes within 3 intervals) or within one interval of the sample (otherwise, or when it is the last).
 */
function holderPerSecond(samples: Sample[], { from, to, intervalMs }: HoldWindow): (Sample | null)[] {
  const holders: (Sample | null)[] = [];
  let latest = -1;
  for (let second = from; second < to; second += S) {
    while (latest + 1 < samples.length && samples[latest + 1].time <= second) latest += 1;
    const sample = latest >= 0 ? samples[latest] : undefined;
    if (sample === undefined || sample.time < from) {
      holders.push(null);
      continue;
    }
    const next = samples[latest + 1];
    const holdEnd =
      next !== undefined && next.time - sample.time <= 3 * intervalMs ? next.time : sample.time + intervalMs;
    holders.push(second < holdEnd ? sample : null);
  }
  return holders;
}

const parisFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Paris calendar day of a time, straight from Intl. */
function parisDay(time: number): string {
  const parts = parisFormat.formatToParts(time);
  const part = (type: string) => (parts.find((p) => p.type === type)?.value ?? '').padStart(2, '0');
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const limits: Limits = { temperatureMin: 2, temperatureMax: 8, humidityMin: 50, humidityMax: null };

function bruteForceExcursions(holders: (Sample | null)[], from: number): Excursion[] {
  const excursions: Excursion[] = [];
  for (const quantity of ['temperature', 'humidity'] as Quantity[]) {
    const min = quantity === 'temperature' ? limits.temperatureMin : limits.humidityMin;
    const max = quantity === 'temperature' ? limits.temperatureMax : limits.humidityMax;
    let open: Excursion | null = null;
    holders.forEach((holder, index) => {
      const second = from + index * S;
      const value = holder?.[quantity];
      const direction =
        value === undefined
          ? null
          : max !== null && value > max
            ? 'high'
            : min !== null && value < min
              ? 'low'
              : null;
      if (open !== null && (direction !== open.direction || open.end !== second)) {
        excursions.push(open);
        open = null;
      }
      if (holder === null || value === undefined || direction === null) return;
      if (open === null) {
        open = {
          quantity,
          direction,
          start: second,
          end: second,
          durationMs: 0,
          worst: { time: holder.time, value },
        };
      }
      open.end = second + S;
      open.durationMs = open.end - open.start;
      const farther = direction === 'high' ? value > open.worst.value : value < open.worst.value;
      if (farther) open.worst = { time: holder.time, value };
    });
    if (open !== null) excursions.push(open);
  }
  return excursions.sort((a, b) => a.start - b.start || (a.quantity === 'temperature' ? -1 : 1));
}

describe('accumulators against an independent second-by-second walk', () => {
  const start = Date.UTC(2024, 2, 30, 12);
  // Range edges on whole seconds (for the walk) but off most sample times, with data on both sides.
  const range: HoldWindow = { from: start + 3_601 * S, to: start + 82_003 * S, intervalMs: 10 * S };

  it.each([1, 2, 3, 4])('seed %i', (seed) => {
    const samples = generate(seed, start);
    const holders = holderPerSecond(samples, range);
    const covered = holders.filter((holder) => holder !== null);
    const inRange = samples.filter((sample) => sample.time >= range.from && sample.time < range.to);
    const secondsOut = (test: (sample: Sample) => boolean) => covered.filter(test).length * S;
    const isOut = {
      temperature: (s: Sample) => s.temperature > 8 || s.temperature < 2,
      humidity: (s: Sample) => s.humidity < 50,
    };

    // The generated data does exercise gaps and crossings.
    expect(covered.length).toBeLessThan(holders.length * 0.97);
    expect(secondsOut(isOut.temperature)).toBeGreaterThan(0);
    expect(secondsOut(isOut.humidity)).toBeGreaterThan(0);

    const statistics = new RangeStatistics(range).addAll(samples).result();
    const timeWeightedMean = (quantity: Quantity) =>
      covered.reduce((sum, holder) => sum + holder[quantity], 0) / covered.length;
    expect(statistics.count).toBe(inRange.length);
    expect(statistics.coveredMs).toBe(covered.length * S);
    expect(statistics.coverage).toBeCloseTo((covered.length / holders.length) * 100, 9);
    for (const quantity of ['temperature', 'humidity'] as Quantity[]) {
      const values = inRange.map((sample) => sample[quantity]);
      const earliest = (value: number) => {
        const sample = inRange[values.indexOf(value)];
        return { time: sample.time, value };
      };
      expect(statistics[quantity]?.mean).toBeCloseTo(timeWeightedMean(quantity), 9);
      expect(statistics[quantity]).toMatchObject({
        min: earliest(Math.min(...values)),
        max: earliest(Math.max(...values)),
        first: { time: inRange[0].time, value: values[0] },
        last: { time: inRange[inRange.length - 1].time, value: values[values.length - 1] },
      });
    }

    const exposure = new LimitExposure({ ...range, limits }).addAll(samples).result();
    expect(exposure.coveredMs).toBe(covered.length * S);
    expect(exposure.outMs).toEqual({
      temperature: secondsOut(isOut.temperature),
      humidity: secondsOut(isOut.humidity),
      either: secondsOut((s) => isOut.temperature(s) || isOut.humidity(s)),
    });
    expect(exposure.excursions).toEqual(bruteForceExcursions(holders, range.from));
    const kinds = new Set(
      exposure.excursions.map((excursion) => `${excursion.quantity} ${excursion.direction}`),
    );
    expect([...kinds].sort()).toEqual(['humidity low', 'temperature high', 'temperature low']);

    const kelvin = (celsius: number) => celsius + 273.15;
    const meanFactor =
      covered.reduce((sum, holder) => sum + Math.exp(-10_000 / kelvin(holder.temperature)), 0) /
      covered.length;
    const mkt = new MeanKineticTemperature(range).addAll(samples).result();
    expect(mkt).toBeCloseTo(10_000 / -Math.log(meanFactor) - 273.15, 9);
    expect(mkt).toBeGreaterThanOrEqual(timeWeightedMean('temperature'));

    const distribution = new Distribution(range).addAll(samples).result();
    const binned = (quantity: Quantity, width: number) => {
      const ms = new Map<number, number>();
      for (const holder of covered) {
        const from = Math.floor(holder[quantity] / width) * width;
        ms.set(from, (ms.get(from) ?? 0) + S);
      }
      return [...ms].sort(([a], [b]) => a - b).map(([from, binMs]) => ({ from, ms: binMs }));
    };
    const shares = (bins: { from: number; ms: number }[]) => bins.map(({ from, ms }) => ({ from, ms }));
    expect(shares(distribution.temperature)).toEqual(binned('temperature', 0.5));
    expect(shares(distribution.humidity)).toEqual(binned('humidity', 2));
    expect(distribution.temperature.reduce((sum, bin) => sum + bin.share, 0)).toBeCloseTo(100, 9);

    const trend = new Trend({ ...range, quantity: 'temperature' }).addAll(samples).result();
    const meanTime = inRange.reduce((sum, s) => sum + s.time, 0) / inRange.length;
    const meanValue = inRange.reduce((sum, s) => sum + s.temperature, 0) / inRange.length;
    const covariance = inRange.reduce((sum, s) => sum + (s.time - meanTime) * (s.temperature - meanValue), 0);
    const variance = inRange.reduce((sum, s) => sum + (s.time - meanTime) ** 2, 0);
    expect(trend).toBeCloseTo((covariance / variance) * 86_400_000, 9);

    const bands = new DailyBands({ ...range, timeZone: 'Europe/Paris' }).addAll(samples).result();
    const dayOf = new Map(inRange.map((sample) => [sample, parisDay(sample.time)]));
    const days = [...new Set(dayOf.values())];
    expect(days).toEqual(['2024-03-30', '2024-03-31']);
    expect(bands).toEqual(
      days.map((day) => {
        const ofDay = covered.filter((holder) => dayOf.get(holder) === day);
        const band = (quantity: Quantity) => {
          const values = ofDay.map((holder) => holder[quantity]);
          const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
          return { min: Math.min(...values), max: Math.max(...values), mean: expect.closeTo(mean, 9) };
        };
        return { day, temperature: band('temperature'), humidity: band('humidity') };
      }),
    );
  });
});
