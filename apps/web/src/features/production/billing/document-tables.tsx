import type { InvoiceSummary, QuoteSummary } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { Pager } from '../../../components/pager';
import { useProductionAccess } from '../access';
import { invoicePath, quotePath } from '../paths';
import { documentColumns } from './document-list';
import { invoiceListQuery, quoteListQuery } from './queries';

const PAGE_SIZE = 20;

/** Whose documents: a project's, or a client's (then each row names its project). */
export type DocumentOwner = { projectId: string } | { clientId: string };

const QUOTE_COLUMNS = documentColumns<QuoteSummary>(quotePath, {
  header: 'Valid until',
  day: (quote) => quote.validUntil,
});
const INVOICE_COLUMNS = documentColumns<InvoiceSummary>(invoicePath, {
  header: 'Due',
  day: (invoice) => invoice.dueDate,
});

/** The document list's columns without the client (known here), and without the project when it is known too. */
const columnsFor = <T,>([number, project, , status, day, total]: Column<T>[], owner: DocumentOwner) =>
  'clientId' in owner ? [number, project, status, day, total] : [number, status, day, total];

/** The quotes and the invoices of a project or a client, newest first, a page at a time; for who sees billing. */
export function DocumentTables({ owner }: { owner: DocumentOwner }) {
  const access = useProductionAccess();
  const [quotePage, setQuotePage] = useState(1);
  const [invoicePage, setInvoicePage] = useState(1);
  const quotes = useQuery({
    ...quoteListQuery({ ...owner, page: quotePage, pageSize: PAGE_SIZE }),
    enabled: access.billingView,
  });
  const invoices = useQuery({
    ...invoiceListQuery({ ...owner, page: invoicePage, pageSize: PAGE_SIZE }),
    enabled: access.billingView,
  });
  if (!access.billingView) return null;
  const pager = (total: number | undefined, page: number, onPage: (page: number) => void) =>
    total !== undefined && total > PAGE_SIZE ? (
      <Pager page={page} pageSize={PAGE_SIZE} total={total} onPage={onPage} />
    ) : null;
  return (
    <div className="stack">
      <ErrorBanner error={quotes.error ?? invoices.error} />
      <div>
        <h3 className="details-title">Quotes</h3>
        <DataTable
          columns={columnsFor(QUOTE_COLUMNS, owner)}
          rows={quotes.data?.items}
          rowKey={(quote) => quote.id}
          empty="No quotes yet."
        />
        {pager(quotes.data?.total, quotePage, setQuotePage)}
      </div>
      <div>
        <h3 className="details-title">Invoices</h3>
        <DataTable
          columns={columnsFor(INVOICE_COLUMNS, owner)}
          rows={invoices.data?.items}
          rowKey={(invoice) => invoice.id}
          empty="No invoices yet."
        />
        {pager(invoices.data?.total, invoicePage, setInvoicePage)}
      </div>
    </div>
  );
}
