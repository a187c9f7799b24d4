import type { SageContactOutcome, SageSync } from '@factoryops/contracts';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { formatDateTime } from '../../../lib/format';
import { clientPath, invoicePath } from '../paths';
import { SyncStateBadge, syncIsActive } from './sync-badge';

type ContactRow = NonNullable<SageSync['result']>['contacts'][number];
type InvoiceRow = NonNullable<SageSync['result']>['invoices'][number];

const CONTACT_OUTCOMES: Record<SageContactOutcome, string> = {
  linked: 'Already linked',
  email: 'Matched by email',
  name: 'Matched by name',
  created: 'New client created',
};
const INVOICE_OUTCOMES: Record<InvoiceRow['outcome'], string> = {
  created: 'Created in Sage',
  found: 'Found in Sage by its number',
  linked: 'Already in Sage',
};

const CONTACT_COLUMNS: Column<ContactRow>[] = [
  { header: 'Sage contact', cell: (row) => row.sageName },
  {
    header: 'Client',
    cell: (row) => (
      <Link to={clientPath(row.clientId)} className="strong-link">
        <span className="mono">{row.clientCode}</span> {row.clientName}
      </Link>
    ),
  },
  {
    header: 'Outcome',
    cell: (row) => (
      <span className={`badge badge--${row.outcome === 'created' ? 'info' : 'outline'}`}>
        {CONTACT_OUTCOMES[row.outcome]}
      </span>
    ),
  },
];

const INVOICE_COLUMNS: Column<InvoiceRow>[] = [
  {
    header: 'Invoice',
    className: 'nowrap',
    cell: (row) => (
      <Link to={invoicePath(row.invoiceId)} className="strong-link mono">
        {row.number}
      </Link>
    ),
  },
  { header: 'Outcome', cell: (row) => INVOICE_OUTCOMES[row.outcome] },
  {
    header: 'Sage status',
    cell: (row) => (
      <span className={`badge badge--${row.paid ? 'ok' : 'outline'}`}>
        {row.paid ? 'Paid' : row.sageStatus}
      </span>
    ),
  },
];

/** The latest sync: its progress while it runs, what it matched, created and synced once done. */
export function SyncResult({ sync }: { sync: SageSync }) {
  const result = sync.result;
  const created = result?.contacts.filter((contact) => contact.outcome === 'created').length ?? 0;
  const matched = result?.contacts.filter((contact) => contact.outcome !== 'created').length ?? 0;
  return (
    <section className="stack sage-section" aria-label="Latest sync">
      <h2 className="details-title">
        Latest sync <SyncStateBadge state={sync.state} />
      </h2>
      <p className="muted">
        Asked by {sync.requestedBy} on {formatDateTime(sync.createdAt)}
        {sync.finishedAt ? `, finished ${formatDateTime(sync.finishedAt)}` : ''} · {sync.calls} calls to Sage
      </p>
      {syncIsActive(sync) ? (
        <p>
          <progress
            max={Math.max(sync.total, 1)}
            value={sync.done}
            aria-label="Sync progress"
            className="sage-progress"
          />{' '}
          {sync.total > 0 ? `${sync.done} of ${sync.total} steps` : 'Reading Sage…'}
        </p>
      ) : null}
      {sync.error ? (
        <div className="banner banner--error" role="alert">
          {sync.error}
        </div>
      ) : null}
      {result ? (
        <>
          <h3>
            Contacts → clients{' '}
            <span className="muted small">
              {matched} matched, {created} created
            </span>
          </h3>
          <DataTable
            columns={CONTACT_COLUMNS}
            rows={result.contacts}
            rowKey={(row) => row.sageId}
            empty="Sage has no customer contacts."
          />
          <h3>
            Invoices → Sage sales invoices{' '}
            <span className="muted small">
              {result.invoices.filter((invoice) => invoice.outcome === 'created').length} created,{' '}
              {result.invoices.filter((invoice) => invoice.paid).length} paid
              {result.contactsCreatedInSage.length > 0
                ? `, ${result.contactsCreatedInSage.length} of their clients added to Sage as contacts`
                : ''}
            </span>
          </h3>
          <DataTable
            columns={INVOICE_COLUMNS}
            rows={result.invoices}
            rowKey={(row) => row.invoiceId}
            empty="No sent or paid invoices to sync."
          />
        </>
      ) : null}
    </section>
  );
}
