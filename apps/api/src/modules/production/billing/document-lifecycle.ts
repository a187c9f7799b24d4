import {
  INVOICE_ACTIONS,
  type InvoiceAction,
  type InvoiceStatus,
  QUOTE_ACTIONS,
  type QuoteAction,
  type QuoteStatus,
} from '@factoryops/contracts';
import { ConflictError, RuleViolationError } from '../../../common/domain-errors.js';

/** What a quote's row holds: everything but the calendar's Expired. */
export type StoredQuoteStatus = Exclude<QuoteStatus, 'Expired'>;
/** What an invoice's row holds: everything but the calendar's Overdue. */
export type StoredInvoiceStatus = Exclude<InvoiceStatus, 'Overdue'>;

/** A quote's status on `today` (site time zone): a Sent quote is Expired once the day after `validUntil` comes. */
export function quoteStatusOn(stored: StoredQuoteStatus, validUntil: string, today: string): QuoteStatus {
  return stored === 'Sent' && validUntil < today ? 'Expired' : stored;
}

/** An invoice's status on `today`: a Sent invoice is Overdue once the day after `dueDate` comes. */
export function invoiceStatusOn(stored: StoredInvoiceStatus, dueDate: string, today: string): InvoiceStatus {
  return stored === 'Sent' && dueDate < today ? 'Overdue' : stored;
}

/** SQL for the same: the status of the quote aliased `alias` on the day `today` (a parameter). */
export const quoteStatusSql = (alias: string, today: string) =>
  `(CASE WHEN ${alias}.status = 'Sent' AND ${alias}.valid_until < ${today} THEN 'Expired' ELSE ${alias}.status END)`;
/** SQL: the status of the invoice aliased `alias` on the day `today`. */
export const invoiceStatusSql = (alias: string, today: string) =>
  `(CASE WHEN ${alias}.status = 'Sent' AND ${alias}.due_date < ${today} THEN 'Overdue' ELSE ${alias}.status END)`;

/** An action a document's status does not allow: 400 naming the status and what it allows. */
export class InvalidDocumentActionError extends RuleViolationError {
  constructor(number: string, status: string, action: string, allowedFrom: readonly string[]) {
    super(
      `${number} is ${status}: it cannot be ${PAST[action] ?? action} (only a document that is ${allowedFrom.join(' or ')} can)`,
      'status',
    );
  }
}

const PAST: Record<string, string> = {
  send: 'sent',
  accept: 'accepted',
  decline: 'declined',
  pay: 'marked paid',
  cancel: 'cancelled',
  replace: 'replaced',
};

/** The status a quote `action` leads to from `status`, or InvalidDocumentActionError. */
export function quoteAfter(number: string, status: QuoteStatus, action: QuoteAction): StoredQuoteStatus {
  const { from, to } = QUOTE_ACTIONS[action];
  if (!from.includes(status)) throw new InvalidDocumentActionError(number, status, action, from);
  return to as StoredQuoteStatus;
}

/** The status an invoice `action` leads to from `status`, or InvalidDocumentActionError. */
export function invoiceAfter(
  number: string,
  status: InvoiceStatus,
  action: InvoiceAction,
): StoredInvoiceStatus {
  const { from, to } = INVOICE_ACTIONS[action];
  if (!from.includes(status)) throw new InvalidDocumentActionError(number, status, action, from);
  return to as StoredInvoiceStatus;
}

/**
 * Only a Draft is edited: a sent document is what the client received, so changing it is a 409 that says
 * what to do instead.
 */
export function assertEditable(
  number: string,
  status: QuoteStatus | InvoiceStatus,
  kind: 'quote' | 'invoice',
): void {
  if (status === 'Draft') return;
  throw new ConflictError(
    kind === 'invoice'
      ? `${number} is ${status}: a sent invoice is never changed — cancel it and issue a replacement`
      : `${number} is ${status}: only a draft quote can be changed — make a new quote instead`,
    'status',
  );
}
