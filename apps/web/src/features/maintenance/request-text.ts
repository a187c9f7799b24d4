import type { MaintenanceRequestSummary, Recurrence } from '@factoryops/contracts';
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

/** What scrapping a request does, asked before it is done (it cannot be undone). */
export function scrapWarning(
  request: Pick<MaintenanceRequestSummary, 'reference' | 'subject' | 'type' | 'recurrence' | 'machine'>,
): string {
  const consequence =
    request.type === 'Corrective'
      ? `This also scraps ${request.machine.name}: no new request can be opened for it.`
      : request.recurrence
        ? 'This occurrence is dropped and the next one is scheduled.'
        : 'This occurrence is dropped.';
  return `Scrap ${request.reference} (${request.subject})? ${consequence} Scrap is final.`;
}
