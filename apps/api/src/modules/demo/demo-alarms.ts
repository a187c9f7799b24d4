import type { Instrument } from '@factoryops/contracts';
import type { DataSource } from 'typeorm';
import { AlarmEntity } from '../measurements/alarm.entity.js';
import type { AlarmsService } from '../measurements/alarms.service.js';
import { UserEntity } from '../auth/user.entity.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * Alarm rules for the demo sensors (levels around the 18–24 °C / 30–60 %RH limits, a minute's delay,
 * communication loss after 5 intervals, mail to the quality team, escalation to the manager after
 * 30 minutes) and the alarms the demo history's two excursions raised, one closed and one cleared
 * but not yet acknowledged. The calibration notices come from the monitor itself.
 */
export async function loadDemoAlarms(
  instruments: Instrument[],
  deps: { alarms: AlarmsService; dataSource: DataSource; acknowledgedBy: string },
): Promise<void> {
  for (const sensor of instruments.flatMap((instrument) => instrument.sensors))
    await deps.alarms.saveRule(sensor.id, {
      enabled: true,
      temperature: { alarmLow: 16, warningLow: 18, warningHigh: 24, alarmHigh: 26, hysteresis: 0.3 },
      humidity: { alarmLow: null, warningLow: 30, warningHigh: 60, alarmHigh: 70, hysteresis: 2 },
      delaySeconds: 60,
      communicationLossIntervals: 5,
      calibrationDue: true,
      recipients: ['quality@demo.local'],
      escalationRecipients: ['manager@demo.local'],
      escalateAfterMinutes: 30,
      version: 0,
    });

  const [lab, warehouse] = instruments;
  const now = Date.now();
  const technician = await deps.dataSource
    .getRepository(UserEntity)
    .findOneBy({ email: deps.acknowledgedBy });
  const history: Partial<AlarmEntity>[] = [];
  const airConditioning = lab?.sensors.find((sensor) => sensor.channel === 1);
  if (airConditioning) {
    const raisedAt = new Date(now - 5.07 * DAY_MS);
    history.push({
      sensorId: airConditioning.id,
      kind: 'temperature',
      level: 'alarm',
      direction: 'high',
      threshold: 26,
      message: 'Temperature above 26.0 °C',
      raisedAt,
      raisedValue: 24.4,
      worstValue: 26.8,
      worstAt: new Date(now - 5.05 * DAY_MS),
      clearedAt: new Date(now - 5.02 * DAY_MS),
      acknowledgedAt: new Date(raisedAt.getTime() + 12 * MINUTE_MS),
      acknowledgedById: technician?.id ?? null,
      comment: 'Air conditioning unit tripped; facilities reset it. Samples moved to room 014 meanwhile.',
      escalatedAt: null,
    });
  }
  const door = warehouse?.sensors[0];
  if (door)
    history.push({
      sensorId: door.id,
      kind: 'humidity',
      level: 'warning',
      direction: 'high',
      threshold: 60,
      message: 'Humidity above 60.0 %RH',
      raisedAt: new Date(now - 12.1 * DAY_MS),
      raisedValue: 60.4,
      worstValue: 63.1,
      worstAt: new Date(now - 12.06 * DAY_MS),
      clearedAt: new Date(now - 12.01 * DAY_MS),
      acknowledgedAt: null,
      acknowledgedById: null,
      comment: null,
      escalatedAt: new Date(now - 12.1 * DAY_MS + 30 * MINUTE_MS),
    });
  if (history.length > 0) await deps.dataSource.getRepository(AlarmEntity).insert(history);
}
