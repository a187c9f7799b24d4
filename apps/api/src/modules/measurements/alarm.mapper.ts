import {
  type Alarm,
  type AlarmRule,
  type AlarmState,
  NO_LEVELS,
  QUANTITY_UNITS,
} from '@factoryops/contracts';
import type { AlarmEntity } from './alarm.entity.js';
import { AlarmRuleEntity } from './alarm-rule.entity.js';

/** Columns selected beside an alarm: where it is and who acknowledged it. */
export interface AlarmPlace {
  sensorName: string;
  instrumentName: string;
  location: string;
  acknowledgedByName: string | null;
}

export function alarmState(alarm: Pick<AlarmEntity, 'clearedAt' | 'acknowledgedAt'>): AlarmState {
  if (alarm.clearedAt === null) return alarm.acknowledgedAt === null ? 'active' : 'acknowledged';
  return alarm.acknowledgedAt === null ? 'cleared' : 'closed';
}

export function toAlarmDto(alarm: AlarmEntity, place: AlarmPlace): Alarm {
  return {
    id: alarm.id,
    sensorId: alarm.sensorId,
    sensorName: place.sensorName,
    instrumentName: place.instrumentName,
    location: place.location,
    kind: alarm.kind,
    level: alarm.level,
    direction: alarm.direction,
    threshold: alarm.threshold,
    message: alarm.message,
    raisedAt: alarm.raisedAt.toISOString(),
    raisedValue: alarm.raisedValue,
    worst:
      alarm.worstValue !== null && alarm.worstAt !== null
        ? { time: alarm.worstAt.toISOString(), value: alarm.worstValue }
        : null,
    clearedAt: alarm.clearedAt?.toISOString() ?? null,
    acknowledgedAt: alarm.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy:
      alarm.acknowledgedById !== null
        ? { id: alarm.acknowledgedById, name: place.acknowledgedByName ?? 'A former user' }
        : null,
    comment: alarm.comment,
    escalatedAt: alarm.escalatedAt?.toISOString() ?? null,
    state: alarmState(alarm),
    version: alarm.version,
  };
}

/** The rule of a sensor that has none stored: nothing watched but the calibration due date. */
export function defaultRule(sensorId: string): AlarmRule {
  return {
    sensorId,
    enabled: true,
    temperature: NO_LEVELS,
    humidity: NO_LEVELS,
    delaySeconds: 0,
    communicationLossIntervals: null,
    calibrationDue: true,
    recipients: [],
    escalationRecipients: [],
    escalateAfterMinutes: null,
    version: 0,
    updatedAt: null,
  };
}

/** The default rule as the monitor holds it, for a sensor with none stored. */
export function defaultRuleEntity(sensorId: string): AlarmRuleEntity {
  const { updatedAt: _updatedAt, ...fields } = defaultRule(sensorId);
  return Object.assign(new AlarmRuleEntity(), fields);
}

export function toAlarmRuleDto(rule: AlarmRuleEntity): AlarmRule {
  return {
    sensorId: rule.sensorId,
    enabled: rule.enabled,
    temperature: rule.temperature,
    humidity: rule.humidity,
    delaySeconds: rule.delaySeconds,
    communicationLossIntervals: rule.communicationLossIntervals,
    calibrationDue: rule.calibrationDue,
    recipients: rule.recipients,
    escalationRecipients: rule.escalationRecipients,
    escalateAfterMinutes: rule.escalateAfterMinutes,
    version: rule.version,
    updatedAt: rule.updatedAt.toISOString(),
  };
}

/** What an alarm says, e.g. "Temperature above 25.0 °C" or "No reading for 5 intervals (5 min)". */
export const alarmMessages = {
  level(quantity: 'temperature' | 'humidity', direction: 'high' | 'low', threshold: number): string {
    const name = quantity === 'temperature' ? 'Temperature' : 'Humidity';
    return `${name} ${direction === 'high' ? 'above' : 'below'} ${threshold.toFixed(1)} ${QUANTITY_UNITS[quantity]}`;
  },
  communication(intervals: number, intervalSeconds: number): string {
    const minutes = (intervals * intervalSeconds) / 60;
    const span = minutes >= 1 ? `${Number(minutes.toFixed(1))} min` : `${intervals * intervalSeconds} s`;
    return `No reading for ${intervals} storage interval${intervals === 1 ? '' : 's'} (${span})`;
  },
  calibration(dueOn: string, daysLeft: number): string {
    if (daysLeft > 0) return `Calibration due on ${dueOn} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'})`;
    return daysLeft === 0 ? `Calibration due today (${dueOn})` : `Calibration overdue since ${dueOn}`;
  },
};
