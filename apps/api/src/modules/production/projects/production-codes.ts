import { dayIn } from '../../../common/site-calendar.js';

/** The month a project was created in, in the site's zone, as its code counts: `2025-10`. */
export function projectMonth(createdAt: Date, timeZone: string): string {
  return dayIn(createdAt, timeZone).slice(0, 7);
}

/**
 * A project's code: `JB-YYYY-MM-CLxxxx-###` — the month it was created (`projectMonth`), the client's
 * code without its dash, and the project's number among that client's projects of that month.
 */
export function projectCode(month: string, customer: string, number: number): string {
  return `JB-${month}-${customer.replace('-', '')}-${String(number).padStart(3, '0')}`;
}
