import type { Alarm } from '@factoryops/contracts';

/** An active temperature warning for the alarms' unit tests, with `overrides` applied. */
export const testAlarm = (overrides: Partial<Alarm>): Alarm => ({
  id: 'a',
  sensorId: 's',
  sensorName: 'Lab 1A',
  instrumentName: 'Fluke 1',
  location: 'Calibration lab',
  kind: 'temperature',
  level: 'warning',
  direction: 'high',
  threshold: 25,
  message: 'Temperature above 25 °C',
  raisedAt: '2026-11-23T10:00:00Z',
  raisedValue: 25.12,
  worst: { time: '2026-11-23T10:05:00Z', value: 26.4 },
  clearedAt: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
  comment: null,
  escalatedAt: null,
  state: 'active',
  version: 1,
  ...overrides,
});
