import type { History } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { axisBounds, buildChartSeries, gapThresholdMs, selectionRange, toChartPoints } from './chart-series';

const at = (text: string) => Date.parse(text);

function history(overrides: Partial<History> = {}): History {
  return {
    sensorId: '0b7e6a3c-1d2f-4a5b-8c9d-0e1f2a3b4c5d',
    from: '2026-11-23T00:00:00Z',
    to: '2026-11-24T00:00:00Z',
    source: 'raw',
    count: 3,
    coverage: 100,
    statistics: { temperature: null, humidity: null },
    series: {
      temperature: [
        [at('2026-11-23T10:00:00Z'), 21.5],
        [at('2026-11-23T10:01:00Z'), 21.6],
        [at('2026-11-23T10:02:00Z'), 21.4],
      ],
      humidity: [[at('2026-11-23T10:00:00Z'), 45]],
    },
    ...overrides,
  };
}

describe('chart series', () => {
  it('puts each point at the site’s wall clock, counted as UTC, so the axis reads the site’s time', () => {
    const points = toChartPoints(
      [
        [at('2026-07-01T10:00:00Z'), 21],
        [at('2026-07-01T10:05:00Z'), 22],
      ],
      'Europe/Prague',
      3_600_000,
    );
    expect(points).toEqual([
      [at('2026-07-01T12:00:00Z'), 21],
      [at('2026-07-01T12:05:00Z'), 22],
    ]);
  });

  it('breaks the line where readings are missing, measured in real time', () => {
    const points = toChartPoints(
      [
        [at('2026-07-01T10:00:00Z'), 21],
        [at('2026-07-01T10:01:00Z'), 22],
        [at('2026-07-01T11:01:00Z'), 23],
      ],
      'UTC',
      5 * 60_000,
    );
    expect(points).toEqual([
      [at('2026-07-01T10:00:00Z'), 21],
      [at('2026-07-01T10:01:00Z'), 22],
      [at('2026-07-01T10:31:00Z'), null],
      [at('2026-07-01T11:01:00Z'), 23],
    ]);
    // The hour the clocks go back is no gap, though the wall clock jumps back.
    const autumn = toChartPoints(
      [
        [at('2026-10-25T00:59:00Z'), 21],
        [at('2026-10-25T01:00:00Z'), 22],
      ],
      'Europe/Prague',
      5 * 60_000,
    );
    expect(autumn).toEqual([
      [at('2026-10-25T02:59:00Z'), 21],
      [at('2026-10-25T02:00:00Z'), 22],
    ]);
  });

  it('allows three storage intervals, rollup steps or downsampled stretches between points', () => {
    expect(gapThresholdMs(history({ to: '2026-11-23T01:00:00Z' }), 60, 2000)).toBe(180_000);
    expect(gapThresholdMs(history(), 5, 2000)).toBe(3 * 86_400);
    expect(gapThresholdMs(history(), 60, 2000)).toBe(3 * 86_400);
    expect(gapThresholdMs(history({ source: 'hour' }), 60, 2000)).toBe(3 * 3_600_000);
    expect(gapThresholdMs(history({ to: '2026-12-23T00:00:00Z', source: 'minute' }), 5, 1000)).toBe(
      3 * ((30 * 86_400_000) / 500),
    );
  });

  it('makes one series per sensor in the order chosen, empty while its history loads', () => {
    const series = buildChartSeries(
      [
        { name: 'Lab 1A (Calibration lab)', history: history(), storageIntervalSeconds: 60 },
        { name: 'Dock (Warehouse)', history: undefined, storageIntervalSeconds: 60 },
      ],
      'humidity',
      'UTC',
      2000,
    );
    expect(series).toEqual([
      { name: 'Lab 1A (Calibration lab)', data: [[at('2026-11-23T10:00:00Z'), 45]] },
      { name: 'Dock (Warehouse)', data: [] },
    ]);
  });

  it('spans the axis over the range asked for, and reads a selection back as a custom range', () => {
    expect(
      axisBounds({ from: '2026-11-23T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' }, 'Asia/Kolkata'),
    ).toEqual({ min: at('2026-11-23T05:30:00Z'), max: at('2026-11-24T05:30:00Z') });
    expect(selectionRange(at('2026-11-23T05:30:41Z'), at('2026-11-23T07:10:02Z'))).toEqual({
      from: '2026-11-23T05:30',
      to: '2026-11-23T07:11',
    });
    expect(selectionRange(at('2026-11-23T05:30:00Z'), at('2026-11-23T05:30:00Z'))).toBeNull();
    expect(selectionRange(Number.NaN, at('2026-11-23T05:30:00Z'))).toBeNull();
  });
});
