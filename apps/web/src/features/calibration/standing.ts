import {
  CALIBRATION_NOTICE_DAYS,
  type CalibrationStanding,
  type SensorCalibration,
} from '@factoryops/contracts';
import type { Tone } from '../maintenance/tones';

export const STANDING_LABELS: Record<CalibrationStanding, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  valid: 'Valid',
  none: 'No certificate',
};

/** Overdue red, due soon amber, valid green, no certificate grey: the badge colours of the whole app. */
export const STANDING_TONES: Record<CalibrationStanding, Tone> = {
  overdue: 'danger',
  'due-soon': 'warn',
  valid: 'ok',
  none: 'muted',
};

/** Most urgent first: overdue, due soon, never calibrated, then valid. */
const URGENCY: Record<CalibrationStanding, number> = { overdue: 0, 'due-soon': 1, none: 2, valid: 3 };

/** Most urgent first; within a standing the nearest due date first, then by instrument and sensor. */
export function byUrgency(a: SensorCalibration, b: SensorCalibration): number {
  return (
    URGENCY[a.standing] - URGENCY[b.standing] ||
    (a.daysLeft ?? Number.POSITIVE_INFINITY) - (b.daysLeft ?? Number.POSITIVE_INFINITY) ||
    a.instrumentName.localeCompare(b.instrumentName) ||
    a.sensorName.localeCompare(b.sensorName)
  );
}

/** The sensors overdue or due within the notice period, most urgent first. */
export function dueSensors(sensors: readonly SensorCalibration[]): SensorCalibration[] {
  return sensors.filter((s) => s.standing === 'overdue' || s.standing === 'due-soon').sort(byUrgency);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "12 days", "due today", "3 days overdue"; a dash without a certificate. */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '—';
  if (daysLeft === 0) return 'due today';
  if (daysLeft < 0) return `${plural(-daysLeft, 'day', 'days')} overdue`;
  return plural(daysLeft, 'day', 'days');
}

/** The banner above the lists: how many sensors are overdue and how many are due soon; null when none. */
export function dueNotice(sensors: readonly SensorCalibration[]): string | null {
  const overdue = sensors.filter((s) => s.standing === 'overdue').length;
  const soon = sensors.filter((s) => s.standing === 'due-soon').length;
  const parts = [
    overdue ? `${plural(overdue, 'sensor is', 'sensors are')} overdue for calibration` : null,
    soon ? `${plural(soon, 'sensor is', 'sensors are')} due within ${CALIBRATION_NOTICE_DAYS} days` : null,
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : null;
}
