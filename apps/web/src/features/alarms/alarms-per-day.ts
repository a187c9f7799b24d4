import { ALARM_LEVELS, type Alarm, type AlarmLevel } from '@factoryops/contracts';
import { localIsoDate } from '../../lib/format';

export const CHART_DAYS = 30;
const MAX_DAYS = 366;

function dayAt(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00`);
}

/**
 * The local days the chart spans: the filter's range, or the last 30 days (ending on the range's end
 * when only that is chosen). At most a year, counted back from the end.
 */
export function chartDays(from: string, to: string, today = new Date()): string[] {
  const end = to ? dayAt(to) : new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const start = from
    ? dayAt(from)
    : new Date(end.getFullYear(), end.getMonth(), end.getDate() - (CHART_DAYS - 1));
  const days: string[] = [];
  for (
    let day = new Date(end);
    day >= start && days.length < MAX_DAYS;
    day = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1)
  )
    days.push(localIsoDate(day));
  return days.reverse();
}

export interface DailySeries {
  days: string[];
  counts: Record<AlarmLevel, number[]>;
}

/** Alarms raised per local day and level (the highest each reached); days without any count 0. */
export function alarmsPerDay(
  alarms: readonly Pick<Alarm, 'raisedAt' | 'level'>[],
  days: string[],
): DailySeries {
  const index = new Map(days.map((day, i) => [day, i]));
  const counts = Object.fromEntries(ALARM_LEVELS.map((level) => [level, days.map(() => 0)])) as Record<
    AlarmLevel,
    number[]
  >;
  for (const alarm of alarms) {
    const i = index.get(localIsoDate(new Date(alarm.raisedAt)));
    if (i !== undefined) counts[alarm.level][i] += 1;
  }
  return { days, counts };
}
