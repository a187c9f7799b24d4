/**
 * Calendar days as `YYYY-MM-DD` (the site's days), with weekends and holidays for the queue's schedule
 * and ISO weeks for the dashboard.
 */

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The day `days` calendar days after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return toDay(toTime(day) + days * DAY_MS);
}

/** Saturday or Sunday. */
export function isWeekend(day: string): boolean {
  const weekday = new Date(toTime(day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The seven days, Monday to Sunday, of the ISO week that `day` falls in. */
export function isoWeek(day: string): string[] {
  const monday = addDays(day, -((new Date(toTime(day)).getUTCDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** The first day after `day` that is neither a weekend day nor one of `holidays`. */
export function nextBusinessDay(day: string, holidays: ReadonlySet<string>): string {
  let next = addDays(day, 1);
  while (isWeekend(next) || holidays.has(next)) next = addDays(next, 1);
  return next;
}
