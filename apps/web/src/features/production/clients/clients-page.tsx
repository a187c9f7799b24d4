import { CLIENT_SORTS, type Client } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { useDebounced } from '../../../lib/use-debounced';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductionAccess } from '../access';
import { clientPath } from '../paths';
import { clientListQuery } from '../queries';
import { nextSort } from '../sort';
import { ClientForm } from './client-form';

const PAGE_SIZE = 25;
type ClientSort = (typeof CLIENT_SORTS)[number];

const COLUMNS: Column<Client>[] = [
  { header: 'Code', sortKey: 'code', className: 'mono nowrap', cell: (c) => c.code },
  {
    header: 'Name',
    sortKey: 'name',
    cell: (c) => (
      <Link to={clientPath(c.id)} className="strong-link">
        {c.name}
      </Link>
    ),
  },
  { header: 'Contact', cell: (c) => c.contactPerson || <span className="muted">—</span> },
  {
    header: 'Email',
    secondary: true,
    cell: (c) => (c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : <span className="muted">—</span>),
  },
  { header: 'Projects', className: 'numeric', cell: (c) => c.projectCount },
];

/** The shop's clients, searched by code, name, contact or email. */
export function ClientsPage() {
  const access = useProductionAccess();
  const navigate = useNavigate();
  const { filters, setFilter, page, setPage } = useUrlFilters({ q: '', sort: 'code' as ClientSort });
  const [adding, setAdding] = useState(false);
  const q = useDebounced(filters.q.trim());
  const clients = useQuery(
    clientListQuery({ q: q || undefined, sort: filters.sort, page, pageSize: PAGE_SIZE }),
  );

  return (
    <>
      <PageHeader
        title="Clients"
        description="Who the shop cuts for: each client's projects are on its page."
        actions={
          access.manage ? (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              Add client
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search clients"
          placeholder="Search by code, name, contact or email"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
      </div>
      <ErrorBanner error={clients.error} />
      <DataTable
        columns={COLUMNS}
        rows={clients.data?.items}
        rowKey={(c) => c.id}
        empty={q ? 'No clients match.' : 'No clients yet.'}
        sort={filters.sort}
        onSort={(key) => setFilter('sort', nextSort(filters.sort, key, CLIENT_SORTS))}
      />
      {clients.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={clients.data.total} onPage={setPage} />
      ) : null}
      <Dialog title="Add client" open={adding} onClose={() => setAdding(false)}>
        <ClientForm onSaved={(client) => navigate(clientPath(client.id))} onCancel={() => setAdding(false)} />
      </Dialog>
    </>
  );
}
