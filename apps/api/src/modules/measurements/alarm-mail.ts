import type { Alarm } from '@factoryops/contracts';
import type { Mail } from '../notifications/outbox.js';

export type AlarmMailReason = 'raised' | 'level' | 'escalated';

const LEVEL_WORDS = { warning: 'Warning', alarm: 'ALARM' } as const;

/** The email about an alarm: what, where, since when, and where to acknowledge it. */
export function alarmMail(
  alarm: Alarm,
  reason: AlarmMailReason,
  recipients: string[],
  site: { timeZone: string; publicUrl: string | undefined },
): Mail {
  const when = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: site.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  const where = alarm.location ? `${alarm.sensorName} (${alarm.location})` : alarm.sensorName;
  const lead =
    reason === 'escalated'
      ? 'Not acknowledged yet: '
      : reason === 'level' && alarm.kind !== 'calibration'
        ? 'Now at the alarm level: '
        : '';
  const lines = [
    `${lead}${alarm.message} at ${where}.`,
    '',
    `Level: ${LEVEL_WORDS[alarm.level]}`,
    `Sensor: ${alarm.sensorName}, instrument ${alarm.instrumentName}`,
    `Raised: ${when(alarm.raisedAt)} (${site.timeZone})`,
  ];
  if (alarm.worst)
    lines.push(`Worst value so far: ${alarm.worst.value.toFixed(2)} at ${when(alarm.worst.time)}`);
  if (site.publicUrl)
    lines.push('', `Acknowledge it at ${site.publicUrl.replace(/\/$/, '')}/monitoring/alarms`);
  return {
    kind: alarm.kind === 'calibration' ? 'calibration' : reason === 'escalated' ? 'escalation' : 'alarm',
    dedupeKey: `alarm:${alarm.id}:${reason}`,
    recipients,
    subject: `[FactoryOps] ${reason === 'escalated' ? 'Escalated: ' : ''}${LEVEL_WORDS[alarm.level]} — ${alarm.message} — ${where}`,
    body: lines.join('\n'),
  };
}
