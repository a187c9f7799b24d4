import type { InvoiceSummary, Page, QuoteSummary } from '@factoryops/contracts';
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

interface DocumentTableProps<T extends { id: string }> {
  title: 'Quotes' | 'Invoices';
  columns: Column<T>[];
  documents: Page<T> | undefined;
  page: number;
  onPage(page: number): void;
}

/** One kind's documents under its heading, with a pager once they fill more than a page. */
function DocumentTable<T extends { id: string }>({
  title,
  columns,
  documents,
  page,
  onPage,
}: DocumentTableProps<T>) {
  return (
    <div>
      <h3 className="details-title">{title}</h3>
      <DataTable
        columns={columns}
        rows={documents?.items}
        rowKey={(document) => document.id}
        empty={`No ${title.toLowerCase()} yet.`}
      />
      {documents && documents.total > PAGE_SIZE ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={documents.total} onPage={onPage} />
      ) : null}
    </div>
  );
}

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
  return (
    <div className="stack">
      <ErrorBanner error={quotes.error ?? invoices.error} />
      <DocumentTable
        title="Quotes"
        columns={columnsFor(QUOTE_COLUMNS, owner)}
        documents={quotes.data}
        page={quotePage}
        onPage={setQuotePage}
      />
      <DocumentTable
        title="Invoices"
        columns={columnsFor(INVOICE_COLUMNS, owner)}
        documents={invoices.data}
        page={invoicePage}
        onPage={setInvoicePage}
      />
    </div>
  );
}
