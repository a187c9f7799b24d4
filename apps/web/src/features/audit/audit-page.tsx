import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditEntry } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type Column, DataTable } from '../../components/data-table';
import { DateRangeFilter, dayRangeQuery } from '../../components/date-range-filter';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatDateTime } from '../../lib/format';
import { useListFilters } from '../../lib/use-list-filters';
import { auditListQuery } from './queries';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** One recorded value, readable: times in the browser's locale, lists comma-separated, none as ∅. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function Changes({ entry }: { entry: AuditEntry }) {
  const fields = Object.entries(entry.changes);
  if (fields.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="changes">
      {fields.map(([field, change]) => (
        <li key={field}>
          <strong>{field}</strong>:{' '}
          {entry.action === 'create' ? show(change.to) : `${show(change.from)} → ${show(change.to)}`}
        </li>
      ))}
    </ul>
  );
}

const COLUMNS: Column<AuditEntry>[] = [
  { header: 'Time', className: 'nowrap', cell: (entry) => formatDateTime(entry.at) },
  { header: 'Who', cell: (entry) => entry.actorName },
  { header: 'Action', cell: (entry) => entry.action.replace('_', ' ') },
  {
    header: 'Entity',
    cell: (entry) => (
      <>
        {entry.entityType} <span className="muted small mono">{entry.entityId.slice(0, 8)}</span>
      </>
    ),
  },
  { header: 'Changes', cell: (entry) => <Changes entry={entry} /> },
];

const PAGE_SIZE = 25;

export function AuditPage() {
  const { filters, setFilter, page, setPage } = useListFilters({
    entityType: '',
    action: '',
    from: '',
    to: '',
  });
  const entries = useQuery(
    auditListQuery({
      entityType: filters.entityType || undefined,
      action: filters.action || undefined,
      ...dayRangeQuery(filters.from, filters.to),
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change: who made it, when, and what each field was before and after."
      />
      <div className="toolbar">
        <select
          aria-label="Entity"
          value={filters.entityType}
          onChange={(e) => setFilter('entityType', e.target.value)}
        >
          <option value="">All entities</option>
          {Object.entries(AUDIT_ENTITY_TYPES).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
        <select
          aria-label="Action"
          value={filters.action}
          onChange={(e) => setFilter('action', e.target.value)}
        >
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a.replace('_', ' ')}
            </option>
          ))}
        </select>
        <DateRangeFilter from={filters.from} to={filters.to} onChange={setFilter} />
      </div>
      <ErrorBanner error={entries.error} />
      <DataTable
        columns={COLUMNS}
        rows={entries.data?.items}
        rowKey={(e) => e.id}
        empty="No entries match."
      />
      {entries.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={entries.data.total} onPage={setPage} />
      ) : null}
    </>
  );
}
