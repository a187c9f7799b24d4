const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const day = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  return iso ? dateTime.format(new Date(iso)) : empty;
}

export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}

/** "3 minutes ago", "in 2 days": for last-used and last-login columns. */
export function formatRelative(iso: string | null | undefined, empty = 'never'): string {
  if (!iso) return empty;
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

/** The clock time `seconds` from now, e.g. when a locked sign-in may be tried again. */
export function formatTimeIn(seconds: number, now = new Date()): string {
  return time.format(new Date(now.getTime() + seconds * 1000));
}

/** A calendar day (`2026-11-23`, as the API groups by UTC day) as the locale writes it: "Nov 23". */
export function formatDay(isoDate: string): string {
  return day.format(new Date(`${isoDate}T00:00:00Z`));
}

const calendarDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day (`2026-11-23`, no time or zone) with its year: "Nov 23, 2026", the same everywhere. */
export function formatCalendarDate(isoDate: string | null | undefined, empty = '—'): string {
  return isoDate ? calendarDate.format(new Date(`${isoDate}T00:00:00Z`)) : empty;
}

/** The local calendar day of an instant, as the API writes days: `2026-11-23`. */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
