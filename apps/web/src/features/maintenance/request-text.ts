import type { Recurrence } from '@factoryops/contracts';
import { formatCalendarDate } from '../../lib/format';

/** "Every 2 weeks until Mar 1, 2027", "Every month". */
export function recurrenceText({ every, unit, until }: Recurrence): string {
  const period = every === 1 ? unit : `${every} ${unit}s`;
  return `Every ${period}${until ? ` until ${formatCalendarDate(until)}` : ''}`;
}

/** Hours as people write them: "1.5 h", "12 h". */
export function hoursText(hours: number | null): string {
  return hours === null ? '—' : `${Number(hours.toFixed(2))} h`;
}
