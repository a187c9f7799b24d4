import { describe, expect, it } from '@jest/globals';
import {
  INVOICE_ACTION_NAMES,
  INVOICE_STATUSES,
  type InvoiceStatus,
  QUOTE_ACTION_NAMES,
  QUOTE_STATUSES,
  type QuoteStatus,
} from '@factoryops/contracts';
import { ConflictError } from '../../../common/domain-errors.js';
import {
  assertEditable,
  InvalidDocumentActionError,
  invoiceAfter,
  invoiceStatusOn,
  quoteAfter,
  quoteStatusOn,
} from './document-lifecycle.js';

/** Each quote status, and where each action takes it ('—': refused). */
const QUOTE_TABLE: Record<QuoteStatus, Record<(typeof QUOTE_ACTION_NAMES)[number], QuoteStatus | '—'>> = {
  Draft: { send: 'Sent', accept: '—', decline: '—' },
  Sent: { send: '—', accept: 'Accepted', decline: 'Declined' },
  Accepted: { send: '—', accept: '—', decline: '—' },
  Declined: { send: '—', accept: '—', decline: '—' },
  Expired: { send: '—', accept: '—', decline: 'Declined' },
};

const INVOICE_TABLE: Record<
  InvoiceStatus,
  Record<(typeof INVOICE_ACTION_NAMES)[number], InvoiceStatus | '—'>
> = {
  Draft: { send: 'Sent', pay: '—', cancel: 'Cancelled', replace: '—' },
  Sent: { send: '—', pay: 'Paid', cancel: 'Cancelled', replace: 'Cancelled' },
  Overdue: { send: '—', pay: 'Paid', cancel: 'Cancelled', replace: 'Cancelled' },
  Paid: { send: '—', pay: '—', cancel: '—', replace: '—' },
  Cancelled: { send: '—', pay: '—', cancel: '—', replace: '—' },
};

const outcome = (act: () => string) => {
  try {
    return act();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDocumentActionError);
    return '—';
  }
};

describe('quote lifecycle', () => {
  const cases = QUOTE_STATUSES.flatMap((status) =>
    QUOTE_ACTION_NAMES.map((action) => [status, action, QUOTE_TABLE[status][action]] as const),
  );
  it.each(cases)('%s + %s → %s', (status, action, expected) => {
    expect(outcome(() => quoteAfter('QT-2025-001', status, action))).toBe(expected);
  });

  it('says what the status is and which statuses allow the action', () => {
    expect(() => quoteAfter('QT-2025-007', 'Declined', 'accept')).toThrow(
      'QT-2025-007 is Declined: it cannot be accepted (only a document that is Sent can)',
    );
  });

  it.each([
    ['Sent', '2025-10-31', '2025-10-31', 'Sent'],
    ['Sent', '2025-10-31', '2025-11-01', 'Expired'],
    ['Draft', '2025-10-31', '2025-12-01', 'Draft'],
    ['Accepted', '2025-10-31', '2025-12-01', 'Accepted'],
  ] as const)('a %s quote valid until %s is %s on %s', (stored, validUntil, today, expected) => {
    expect(quoteStatusOn(stored, validUntil, today)).toBe(expected);
  });
});

describe('invoice lifecycle', () => {
  const cases = INVOICE_STATUSES.flatMap((status) =>
    INVOICE_ACTION_NAMES.map((action) => [status, action, INVOICE_TABLE[status][action]] as const),
  );
  it.each(cases)('%s + %s → %s', (status, action, expected) => {
    expect(outcome(() => invoiceAfter('INV-2025-001', status, action))).toBe(expected);
  });

  it.each([
    ['Sent', '2025-10-31', '2025-10-31', 'Sent'],
    ['Sent', '2025-10-31', '2025-11-01', 'Overdue'],
    ['Paid', '2025-10-31', '2025-12-01', 'Paid'],
    ['Cancelled', '2025-10-31', '2025-12-01', 'Cancelled'],
  ] as const)('a %s invoice due %s is %s on %s', (stored, dueDate, today, expected) => {
    expect(invoiceStatusOn(stored, dueDate, today)).toBe(expected);
  });

  it.each(INVOICE_STATUSES.filter((status) => status !== 'Draft'))(
    'a %s invoice is never edited (409 saying to cancel and replace)',
    (status) => {
      expect(() => assertEditable('INV-2025-003', status, 'invoice')).toThrow(ConflictError);
      expect(() => assertEditable('INV-2025-003', status, 'invoice')).toThrow(
        /cancel it and issue a replacement/,
      );
    },
  );

  it('a draft is edited', () => {
    expect(() => assertEditable('INV-2025-003', 'Draft', 'invoice')).not.toThrow();
  });
});
