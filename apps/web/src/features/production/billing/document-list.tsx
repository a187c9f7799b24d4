import { formatMoney, type InvoiceSummary, type Page, type QuoteSummary } from '@factoryops/contracts';
import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { formatCalendarDate } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { PRODUCTION_PATHS, projectPath } from '../paths';
import { DocumentStatusBadge } from './document-badges';

const PAGE_SIZE = 25;

type Summary = QuoteSummary | InvoiceSummary;

interface DocumentListPageProps<T extends Summary, S extends string, K extends QueryKey = QueryKey> {
  title: string;
  description: string;
  statuses: readonly S[];
  query(filters: {
    status?: S;
    q?: string;
    page: number;
    pageSize: number;
  }): UseQueryOptions<Page<T>, Error, Page<T>, K>;
  pathOf(id: string): string;
  /** The document's own date column (valid until, due). */
  dateColumn: { header: string; day(document: T): string };
}

/** The columns every document list shows, with the document's own date. */
export function documentColumns<T extends Summary>(
  pathOf: (id: string) => string,
  dateColumn: DocumentListPageProps<T, string>['dateColumn'],
): Column<T>[] {
  return [
    {
      header: 'Number',
      className: 'nowrap',
      cell: (d) => (
        <Link to={pathOf(d.id)} className="strong-link mono">
          {d.number}
        </Link>
      ),
    },
    {
      header: 'Project',
      cell: (d) => (
        <>
          <Link to={projectPath(d.projectId)}>{d.projectCode}</Link>
          <div className="muted small truncate">{d.projectName}</div>
        </>
      ),
    },
    { header: 'Client', secondary: true, cell: (d) => d.clientName },
    { header: 'Status', cell: (d) => <DocumentStatusBadge status={d.status} /> },
    { header: dateColumn.header, className: 'nowrap', cell: (d) => formatCalendarDate(dateColumn.day(d)) },
    { header: 'Total', className: 'numeric nowrap', cell: (d) => formatMoney(d.total, d.currency) },
  ];
}

/** A list of quotes or invoices with filters by status and text (number, project, client), a page at a time. */
export function DocumentListPage<T extends Summary, S extends string, K extends QueryKey>({
  title,
  description,
  statuses,
  query,
  pathOf,
  dateColumn,
}: DocumentListPageProps<T, S, K>) {
  const { filters, setFilter, page, setPage } = useUrlFilters({ q: '', status: '' });
  const q = useDebounced(filters.q.trim());
  const documents = useQuery(
    query({
      status: statuses.find((status) => status === filters.status),
      q: q || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <Link className="button" to={PRODUCTION_PATHS.projects}>
            New from a project
          </Link>
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label={`Search ${title.toLowerCase()}`}
          placeholder="Search by number, project or client"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <select
          aria-label="Status"
          value={filters.status}
          onChange={(e) => setFilter('status', e.target.value)}
        >
          <option value="">Any status</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={documents.error} />
      <DataTable
        columns={documentColumns(pathOf, dateColumn)}
        rows={documents.data?.items}
        rowKey={(d) => d.id}
        empty={`No ${title.toLowerCase()} match.`}
      />
      {documents.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={documents.data.total} onPage={setPage} />
      ) : null}
    </>
  );
}
