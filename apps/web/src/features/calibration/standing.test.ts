import type { SensorCalibration } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { byUrgency, daysLeftText, dueNotice, dueSensors } from './standing';

function sensor(
  sensorName: string,
  standing: SensorCalibration['standing'],
  daysLeft: number | null,
  instrumentName = 'Calibration lab',
): SensorCalibration {
  return {
    sensorId: `id-${sensorName}`,
    sensorName,
    instrumentId: `id-${instrumentName}`,
    instrumentName,
    location: '',
    certificateId: daysLeft === null ? null : `cert-${sensorName}`,
    certificateNumber: daysLeft === null ? null : `C-${sensorName}`,
    dueOn: daysLeft === null ? null : '2026-12-01',
    daysLeft,
    standing,
  };
}

describe('calibration standing', () => {
  it('puts the most urgent first: overdue, due soon, none, valid; the nearest due date first', () => {
    const sensors = [
      sensor('valid far', 'valid', 200),
      sensor('none', 'none', null),
      sensor('soon', 'due-soon', 20),
      sensor('valid near', 'valid', 40),
      sensor('overdue a little', 'overdue', -1),
      sensor('sooner', 'due-soon', 0),
      sensor('overdue long', 'overdue', -30),
    ];
    expect(sensors.sort(byUrgency).map((s) => s.sensorName)).toEqual([
      'overdue long',
      'overdue a little',
      'sooner',
      'soon',
      'none',
      'valid near',
      'valid far',
    ]);
  });

  it('orders equal standings by instrument, then sensor', () => {
    const sensors = [
      sensor('B', 'none', null, 'Warehouse'),
      sensor('B', 'none', null, 'Calibration lab'),
      sensor('A', 'none', null, 'Warehouse'),
    ];
    expect(sensors.sort(byUrgency).map((s) => `${s.instrumentName}/${s.sensorName}`)).toEqual([
      'Calibration lab/B',
      'Warehouse/A',
      'Warehouse/B',
    ]);
  });

  it('lists only overdue and due-soon sensors for notices', () => {
    const due = dueSensors([
      sensor('a', 'valid', 90),
      sensor('b', 'due-soon', 5),
      sensor('c', 'overdue', -2),
    ]);
    expect(due.map((s) => s.sensorName)).toEqual(['c', 'b']);
    expect(dueSensors([sensor('a', 'valid', 90), sensor('n', 'none', null)])).toEqual([]);
  });

  it('says how many days are left', () => {
    expect(daysLeftText(null)).toBe('—');
    expect(daysLeftText(0)).toBe('due today');
    expect(daysLeftText(1)).toBe('1 day');
    expect(daysLeftText(45)).toBe('45 days');
    expect(daysLeftText(-1)).toBe('1 day overdue');
    expect(daysLeftText(-12)).toBe('12 days overdue');
  });

  it('writes the notice only when something is overdue or due soon', () => {
    expect(dueNotice([sensor('a', 'valid', 90), sensor('n', 'none', null)])).toBeNull();
    expect(dueNotice([sensor('a', 'overdue', -3)])).toBe('1 sensor is overdue for calibration.');
    expect(
      dueNotice([sensor('a', 'overdue', -3), sensor('b', 'due-soon', 3), sensor('c', 'due-soon', 9)]),
    ).toBe('1 sensor is overdue for calibration; 2 sensors are due within 30 days.');
  });
});
