const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const thisYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * An instant as short as a list can say it: the time alone today ("3:25 PM"), without the year this
 * year ("Nov 22, 3:25 PM"), in full otherwise. Local time, like the rest of the app.
 */
export function compactDateTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (date.toDateString() === now.toDateString()) return timeOnly.format(date);
  if (date.getFullYear() === now.getFullYear()) return thisYear.format(date);
  return otherYear.format(date);
}
