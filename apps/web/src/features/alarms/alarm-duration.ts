import type { Alarm } from '@factoryops/contracts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span as a shift log writes it: "40 s", "12 min", "3 h 05 min", "2 d 4 h". */
export function durationText(ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE) return `${Math.floor(span / 1000)} s`;
  if (span < HOUR) return `${Math.floor(span / MINUTE)} min`;
  if (span < DAY) {
    const hours = Math.floor(span / HOUR);
    const minutes = Math.floor((span % HOUR) / MINUTE);
    return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  }
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  return hours ? `${days} d ${hours} h` : `${days} d`;
}

/** How long it lasted: until it cleared, or until `now` while the condition lasts. */
export function alarmDurationMs(alarm: Pick<Alarm, 'raisedAt' | 'clearedAt'>, now: number): number {
  const end = alarm.clearedAt ? Date.parse(alarm.clearedAt) : now;
  return end - Date.parse(alarm.raisedAt);
}

/** "12 min", or "12 min so far" while the condition lasts. */
export function alarmDurationText(alarm: Pick<Alarm, 'raisedAt' | 'clearedAt'>, now: number): string {
  const text = durationText(alarmDurationMs(alarm, now));
  return alarm.clearedAt ? text : `${text} so far`;
}

/** How long after it was raised someone acknowledged it or the escalation list was told; null if not (yet). */
export function afterRaisedText(alarm: Pick<Alarm, 'raisedAt'>, at: string | null): string | null {
  return at ? `after ${durationText(Date.parse(at) - Date.parse(alarm.raisedAt))}` : null;
}
