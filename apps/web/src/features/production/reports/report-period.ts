import type { ReportRange } from '@factoryops/contracts';

/** The periods the reports page offers at a click, as its menu names them. */
export const REPORT_PERIODS = {
  month: 'This month',
  'last-month': 'Last month',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  year: 'This year',
} as const;
export type ReportPeriod = keyof typeof REPORT_PERIODS;

const day = (date: Date) => date.toISOString().slice(0, 10);
/** The day `days` after `from` (`YYYY-MM-DD`, calendar arithmetic, no time zone). */
const plusDays = (from: string, days: number) =>
  day(new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000));
/** The first and the last day of the month `months` after the month of `today`. */
function monthOf(today: string, months: number): ReportRange {
  const [year, month] = today.split('-').map(Number);
  return {
    from: day(new Date(Date.UTC(year, month - 1 + months, 1))),
    to: day(new Date(Date.UTC(year, month + months, 0))),
  };
}

/** The days a period covers, `today` being the site's (its time zone's) calendar day. */
export function periodRange(period: ReportPeriod, today: string): ReportRange {
  switch (period) {
    case 'month':
      return monthOf(today, 0);
    case 'last-month':
      return monthOf(today, -1);
    case '30d':
      return { from: plusDays(today, -29), to: today };
    case '90d':
      return { from: plusDays(today, -89), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
  }
}

/** The period a range is, or `custom` when it is none of them. */
export function periodOf(range: ReportRange, today: string): ReportPeriod | 'custom' {
  const periods = Object.keys(REPORT_PERIODS) as ReportPeriod[];
  return (
    periods.find((period) => {
      const covered = periodRange(period, today);
      return covered.from === range.from && covered.to === range.to;
    }) ?? 'custom'
  );
}
