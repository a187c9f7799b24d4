import { REPORT_RANGE_MAX_DAYS, type ReportRange } from '@factoryops/contracts';
import { daysBetween } from '../../../common/site-calendar.js';
import { ValidationError } from '../../../common/domain-errors.js';

/** The last day (`YYYY-MM-DD`) of the month `YYYY-MM`. */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/**
 * The days a report covers: `from` and `to` as asked, either left out being the first or the last day
 * of `today`'s month (the site's current month). Refused (400 naming `to`) when `to` comes before `from`
 * or the range is longer than `REPORT_RANGE_MAX_DAYS`.
 */
export function reportRange(query: { from?: string; to?: string }, today: string): ReportRange {
  const from = query.from ?? `${today.slice(0, 7)}-01`;
  const to = query.to ?? lastDayOf(today.slice(0, 7));
  const days = daysBetween(from, to) + 1;
  if (days < 1)
    throw new ValidationError([
      { path: 'to', message: `The last day (${to}) comes before the first (${from})` },
    ]);
  if (days > REPORT_RANGE_MAX_DAYS)
    throw new ValidationError([
      {
        path: 'to',
        message: `A report covers at most ${REPORT_RANGE_MAX_DAYS} days; this range has ${days}`,
      },
    ]);
  return { from, to };
}
