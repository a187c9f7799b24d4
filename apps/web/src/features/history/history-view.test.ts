import { describe, expect, it } from 'vitest';
import { HISTORY_FILTERS, parseHistoryView, parseSensorIds, toggleSensor } from './history-view';

const A = '0b7e6a3c-1d2f-4a5b-8c9d-0e1f2a3b4c5d';
const B = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

describe('history view in the address', () => {
  it('falls back to the defaults for an empty address', () => {
    expect(parseHistoryView(HISTORY_FILTERS)).toEqual({
      sensorIds: [],
      range: '24h',
      custom: { from: '', to: '' },
      quantity: 'both',
      quantities: ['temperature', 'humidity'],
      readingsSensorId: null,
      order: 'desc',
    });
  });

  it('reads a shared view back as it was', () => {
    const view = parseHistoryView({
      sensors: `${A},${B}`,
      range: 'custom',
      from: '2026-06-10T08:00',
      to: '2026-06-12T18:30',
      quantity: 'humidity',
      readings: B,
      order: 'asc',
    });
    expect(view).toEqual({
      sensorIds: [A, B],
      range: 'custom',
      custom: { from: '2026-06-10T08:00', to: '2026-06-12T18:30' },
      quantity: 'humidity',
      quantities: ['humidity'],
      readingsSensorId: B,
      order: 'asc',
    });
  });

  it('ignores what an edited or outdated link gets wrong', () => {
    const view = parseHistoryView({
      sensors: `${A},not-a-sensor,,${A}`,
      range: '90d',
      from: '10 June',
      to: '2026-06-31T08:00',
      quantity: 'pressure',
      readings: B,
      order: 'sideways',
    });
    expect(view.sensorIds).toEqual([A]);
    expect(view.range).toBe('24h');
    expect(view.custom).toEqual({ from: '', to: '' });
    expect(view.quantity).toBe('both');
    // The readings of a sensor not shown fall back to the first one shown.
    expect(view.readingsSensorId).toBe(A);
    expect(view.order).toBe('desc');
    expect(parseSensorIds(`${A.toUpperCase()},${B}`)).toEqual([A.toUpperCase(), B]);
  });

  it('adds a sensor at the end and takes one away', () => {
    expect(toggleSensor([A], B, true)).toBe(`${A},${B}`);
    expect(toggleSensor([A, B], A, false)).toBe(B);
    expect(toggleSensor([A, B], A, true)).toBe(`${A},${B}`);
    expect(toggleSensor([A], A, false)).toBe('');
  });
});
