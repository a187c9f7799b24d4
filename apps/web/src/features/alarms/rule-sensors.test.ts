import type { AlarmRule, Instrument, Sensor } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { ruleRows } from './rule-sensors';

const limits = { temperatureMin: null, temperatureMax: null, humidityMin: null, humidityMax: null };
const levels = { alarmLow: null, warningLow: null, warningHigh: null, alarmHigh: null, hysteresis: 0 };

const sensor = (id: string, instrumentId: string, channel: number): Sensor => ({
  id,
  instrumentId,
  channel,
  name: `Sensor ${id}`,
  location: 'Lab',
  limits,
  active: true,
  version: 1,
});

const instrument = (id: string, sensors: Sensor[]): Instrument => ({
  id,
  name: `Instrument ${id}`,
  model: '1620A',
  serial: id,
  firmware: '1.0',
  location: 'Lab',
  host: '127.0.0.1',
  port: 10001,
  driver: 'fluke-1620a',
  pollIntervalSeconds: 5,
  storageIntervalSeconds: 60,
  enabled: true,
  retiredAt: null,
  connection: { state: 'connected', lastError: null, lastReadingAt: null },
  sensors,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  version: 1,
});

const rule = (sensorId: string): AlarmRule => ({
  sensorId,
  enabled: true,
  temperature: levels,
  humidity: levels,
  delaySeconds: 0,
  communicationLossIntervals: null,
  calibrationDue: true,
  recipients: [],
  escalationRecipients: [],
  escalateAfterMinutes: null,
  version: 0,
  updatedAt: null,
});

describe('ruleRows', () => {
  it('puts each rule beside its sensor, in the instruments’ order, unknown sensors last', () => {
    const instruments = [
      instrument('i1', [sensor('1a', 'i1', 1), sensor('1b', 'i1', 2)]),
      instrument('i2', [sensor('2a', 'i2', 1)]),
    ];
    const rows = ruleRows([rule('gone'), rule('2a'), rule('1b'), rule('1a')], instruments);
    expect(rows.map((row) => row.rule.sensorId)).toEqual(['1a', '1b', '2a', 'gone']);
    expect(rows[2].instrument?.name).toBe('Instrument i2');
    expect(rows[3]).toMatchObject({ sensor: null, instrument: null });
  });
});
