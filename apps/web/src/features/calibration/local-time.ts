import { localIsoDate } from '../../lib/format';

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a `datetime-local` input shows it in this browser's time zone: `2026-11-23T14:30`. */
export function toDateTimeLocal(iso: string): string {
  const date = new Date(iso);
  return `${localIsoDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A `datetime-local` value (`2026-11-23T14:30`, this browser's zone) as an ISO instant with the zone's
 * offset at that moment: `2026-11-23T14:30:00+01:00`. A time skipped by a clock change moves forward
 * (02:30 on the spring-forward night is 03:30), as the browser reads it; an empty value stays empty.
 */
export function fromDateTimeLocal(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const offset = -date.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${localIsoDate(date)}T${time}${zone}`;
}
