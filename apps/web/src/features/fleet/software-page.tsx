import {
  SOFTWARE_CATEGORIES,
  SOFTWARE_CATEGORY_LABELS,
  type Software,
  type SoftwareCategory,
} from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Column, DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useFleetAccess } from './access';
import { softwarePath } from './paths';
import { softwareListQuery } from './queries';
import { SoftwareForm } from './software-form';

const PAGE_SIZE = 25;

const COLUMNS: Column<Software>[] = [
  {
    header: 'Software',
    cell: (software) => (
      <>
        <Link to={softwarePath(software.id)} className="strong-link">
          {software.name}
        </Link>
        {software.active ? null : <span className="badge badge--muted">Inactive</span>}
        {software.vendor ? <div className="muted small">{software.vendor}</div> : null}
      </>
    ),
  },
  { header: 'Category', cell: (software) => SOFTWARE_CATEGORY_LABELS[software.category] },
  { header: 'Platform', secondary: true, cell: (software) => software.platform || '—' },
  {
    header: 'Latest stable',
    className: 'mono',
    cell: (software) => software.latestStableVersion ?? <span className="muted">—</span>,
  },
  { header: 'Versions', className: 'numeric', cell: (software) => software.versionCount },
  { header: 'Licence', secondary: true, cell: (software) => software.licence || '—' },
];

/** The software catalogue: firmware, applications, drivers and tools, with their latest stable version. */
export function SoftwarePage() {
  const access = useFleetAccess();
  const navigate = useNavigate();
  const { filters, setFilter, page, setPage } = useUrlFilters({ q: '', category: '' });
  const [adding, setAdding] = useState(false);
  const q = useDebounced(filters.q.trim());
  const list = useQuery(
    softwareListQuery({
      q: q || undefined,
      category: (filters.category || undefined) as SoftwareCategory | undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  return (
    <>
      <PageHeader
        title="Software"
        description="Firmware, applications, drivers and tools for the devices, each with its versions and package files."
        actions={
          access.software ? (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              Add software
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search software"
          placeholder="Search by name, vendor or platform"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <select
          aria-label="Category"
          value={filters.category}
          onChange={(e) => setFilter('category', e.target.value)}
        >
          <option value="">Every category</option>
          {SOFTWARE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {SOFTWARE_CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={list.error} />
      <DataTable
        columns={COLUMNS}
        rows={list.data?.items}
        rowKey={(software) => software.id}
        empty={q || filters.category ? 'No software matches.' : 'No software yet.'}
      />
      {list.data ? <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} /> : null}
      <Dialog title="Add software" open={adding} onClose={() => setAdding(false)}>
        {adding ? (
          <SoftwareForm
            onDone={(id) => {
              setAdding(false);
              if (id) navigate(softwarePath(id));
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}
