const FIELDS = {
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The parts of `instant` in a time zone (Gregorian, Latin digits): its day's or its clock's fields. */
function partsIn(instant: Date | number, timeZone: string, fields: keyof typeof FIELDS) {
  const key = `${fields} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      ...FIELDS[fields],
    });
    formats.set(key, format);
  }
  const parts = format.formatToParts(instant);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

/** The calendar day (`YYYY-MM-DD`, Gregorian, Latin digits) an instant falls on in a time zone. */
export function dayIn(instant: Date | number, timeZone: string): string {
  const part = partsIn(instant, timeZone, 'day');
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The wall-clock time (`HH:MM`, 00:00 to 23:59) of an instant in a time zone. */
export function timeIn(instant: Date | number, timeZone: string): string {
  const part = partsIn(instant, timeZone, 'time');
  return `${part('hour')}:${part('minute')}`;
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
