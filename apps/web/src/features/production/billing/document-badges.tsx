import type { InvoiceStatus, QuoteStatus } from '@factoryops/contracts';

const TONES: Record<QuoteStatus | InvoiceStatus, string> = {
  Draft: 'outline',
  Sent: 'info',
  Accepted: 'ok',
  Declined: 'muted',
  Expired: 'warn',
  Paid: 'ok',
  Overdue: 'danger',
  Cancelled: 'muted',
};

/** A quote's or an invoice's status, coloured by what it asks of someone. */
export function DocumentStatusBadge({ status }: { status: QuoteStatus | InvoiceStatus }) {
  return <span className={`badge badge--${TONES[status]}`}>{status}</span>;
}
