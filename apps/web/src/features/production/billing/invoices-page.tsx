import { INVOICE_STATUSES } from '@factoryops/contracts';
import { invoicePath } from '../paths';
import { DocumentListPage } from './document-list';
import { invoiceListQuery } from './queries';

/** Every invoice, newest first. */
export function InvoicesPage() {
  return (
    <DocumentListPage
      title="Invoices"
      description="Invoices numbered without gaps; a sent invoice is never changed, only cancelled and replaced."
      statuses={INVOICE_STATUSES}
      query={invoiceListQuery}
      pathOf={invoicePath}
      dateColumn={{ header: 'Due', day: (invoice) => invoice.dueDate }}
    />
  );
}
