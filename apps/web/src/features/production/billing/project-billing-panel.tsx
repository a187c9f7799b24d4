import type { InvoiceSummary, QuoteSummary } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { useProductionAccess } from '../access';
import { invoicePath, quotePath } from '../paths';
import { DocumentForm } from './document-form';
import { documentColumns } from './document-list';
import { invoiceListQuery, quoteListQuery } from './queries';

const [quoteNumber, , , quoteStatus, quoteValidity, quoteTotal] = documentColumns<QuoteSummary>(quotePath, {
  header: 'Valid until',
  day: (quote) => quote.validUntil,
});
const [invoiceNumber, , , invoiceStatus, invoiceDue, invoiceTotal] = documentColumns<InvoiceSummary>(
  invoicePath,
  {
    header: 'Due',
    day: (invoice) => invoice.dueDate,
  },
);

/** A project's quotes and invoices, and the buttons that draft new ones. */
export function ProjectBillingPanel({ projectId }: { projectId: string }) {
  const access = useProductionAccess();
  const navigate = useNavigate();
  const [drafting, setDrafting] = useState<'quote' | 'invoice' | null>(null);
  const quotes = useQuery({ ...quoteListQuery({ projectId, pageSize: 200 }), enabled: access.billingView });
  const invoices = useQuery({
    ...invoiceListQuery({ projectId, pageSize: 200 }),
    enabled: access.billingView,
  });
  if (!access.billingView) return null;
  const acceptedQuote = quotes.data?.items.find((quote) => quote.status === 'Accepted');

  return (
    <section aria-label="Quotes and invoices" className="stack">
      <div className="section-header">
        <h2 className="details-title">Quotes and invoices</h2>
        {access.billing ? (
          <div className="page-header__actions">
            <button type="button" className="button" onClick={() => setDrafting('quote')}>
              New quote
            </button>
            <button type="button" className="button" onClick={() => setDrafting('invoice')}>
              New invoice
            </button>
          </div>
        ) : null}
      </div>
      <ErrorBanner error={quotes.error ?? invoices.error} />
      <DataTable
        columns={[quoteNumber, quoteStatus, quoteValidity, quoteTotal]}
        rows={quotes.data?.items}
        rowKey={(quote) => quote.id}
        empty="No quotes yet."
      />
      <DataTable
        columns={[invoiceNumber, invoiceStatus, invoiceDue, invoiceTotal]}
        rows={invoices.data?.items}
        rowKey={(invoice) => invoice.id}
        empty="No invoices yet."
      />
      <Dialog title="New quote" open={drafting === 'quote'} onClose={() => setDrafting(null)}>
        <DocumentForm
          kind="quote"
          projectId={projectId}
          onDone={(id) => {
            setDrafting(null);
            if (id) navigate(quotePath(id));
          }}
        />
      </Dialog>
      <Dialog title="New invoice" open={drafting === 'invoice'} onClose={() => setDrafting(null)}>
        <DocumentForm
          kind="invoice"
          projectId={projectId}
          acceptedQuote={acceptedQuote}
          onDone={(id) => {
            setDrafting(null);
            if (id) navigate(invoicePath(id));
          }}
        />
      </Dialog>
    </section>
  );
}
