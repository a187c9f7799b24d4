/** A month as the calendar's address writes it: `2026-11`. */
export type Month = string;

export interface CalendarDay {
  /** `2026-11-23`, as the API writes scheduled dates. */
  date: string;
  /** False for the days of the weeks' ends that belong to the previous or next month. */
  inMonth: boolean;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

export function isMonth(value: string): value is Month {
  return MONTH.test(value);
}

/** The month of a calendar day: `2026-11-23` → `2026-11`. */
export const monthOf = (isoDate: string): Month => isoDate.slice(0, 7);

function parts(month: Month): [year: number, monthIndex: number] {
  const [, year, monthNumber] = MONTH.exec(month) ?? [];
  if (!year || !monthNumber) throw new RangeError(`Not a month: ${month}`);
  return [Number(year), Number(monthNumber) - 1];
}

// Calendar days are counted in UTC, where every day has 24 hours whatever the local clocks do.
const isoDay = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10);

/** The month `delta` months before (negative) or after `month`. */
export function shiftMonth(month: Month, delta: number): Month {
  const [year, monthIndex] = parts(month);
  return isoDay(Date.UTC(year, monthIndex + delta, 1)).slice(0, 7);
}

/** The weeks (Monday first) that hold the days of `month`, padded with the neighbouring months' days. */
export function monthWeeks(month: Month): CalendarDay[][] {
  const [year, monthIndex] = parts(month);
  const first = Date.UTC(year, monthIndex, 1);
  const last = Date.UTC(year, monthIndex + 1, 0);
  const mondayOffset = (new Date(first).getUTCDay() + 6) % 7;
  const sundayOffset = 6 - ((new Date(last).getUTCDay() + 6) % 7);
  const start = first - mondayOffset * DAY_MS;
  const days = (last - first) / DAY_MS + 1 + mondayOffset + sundayOffset;
  const weeks: CalendarDay[][] = [];
  for (let index = 0; index < days; index++) {
    const date = isoDay(start + index * DAY_MS);
    if (index % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]?.push({ date, inMonth: monthOf(date) === month });
  }
  return weeks;
}

const title = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "November 2026". */
export function monthTitle(month: Month): string {
  const [year, monthIndex] = parts(month);
  return title.format(new Date(Date.UTC(year, monthIndex, 1)));
}

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });

/** "Mon" … "Sun" in the reader's language; 2024-01-01 was a Monday. */
export const WEEKDAYS = Array.from({ length: 7 }, (_, index) => weekday.format(Date.UTC(2024, 0, 1 + index)));

const dayHeading = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "Monday, November 23", for the list of days on narrow screens. */
export function dayTitle(isoDate: string): string {
  return dayHeading.format(new Date(`${isoDate}T00:00:00Z`));
}
