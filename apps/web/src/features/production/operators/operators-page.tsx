import type { Operator } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductionAccess } from '../access';
import { ActiveFilter, type ActiveChoice } from '../active-filter';
import { operatorPath } from '../paths';
import { type Editing, RecordDialog } from '../record-dialog';
import { ActiveBadge } from '../status-badges';
import { operatorListQuery } from '../queries';
import { OperatorForm } from './operator-form';

/** The people who run the laser; the one linked to the signed-in account is preselected on runs. */
export function OperatorsPage() {
  const access = useProductionAccess();
  const { filters, setFilter } = useUrlFilters({ active: '' as ActiveChoice });
  const operators = useQuery(operatorListQuery({ active: filters.active || undefined }));
  const [editing, setEditing] = useState<Editing<Operator>>(null);

  const columns: Column<Operator>[] = [
    {
      header: 'Operator',
      cell: (o) => (
        <>
          <Link to={operatorPath(o.id)} className="strong-link">
            {o.name}
          </Link>
          {o.notes ? <div className="muted small truncate">{o.notes}</div> : null}
        </>
      ),
    },
    {
      header: 'Email',
      cell: (o) => (o.email ? <a href={`mailto:${o.email}`}>{o.email}</a> : <span className="muted">—</span>),
    },
    { header: 'Phone', secondary: true, cell: (o) => o.phone || <span className="muted">—</span> },
    {
      header: 'User account',
      cell: (o) => o.userName ?? <span className="muted">None</span>,
    },
    {
      header: 'Active',
      cell: (o) => <ActiveBadge active={o.active} />,
    },
  ];
  if (access.manage)
    columns.push({
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (o) => (
        <button type="button" className="button button--small" onClick={() => setEditing(o)}>
          Edit<span className="visually-hidden"> {o.name}</span>
        </button>
      ),
    });

  return (
    <>
      <PageHeader
        title="Operators"
        description="Who runs the laser. Only active operators are offered when a run is logged."
        actions={
          access.manage ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              Add operator
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <ActiveFilter value={filters.active} onChange={(active) => setFilter('active', active)} />
      </div>
      <ErrorBanner error={operators.error} />
      <DataTable
        columns={columns}
        rows={operators.data?.items}
        rowKey={(o) => o.id}
        empty="No operators yet."
      />
      <RecordDialog editing={editing} noun="operator" onClose={() => setEditing(null)}>
        {(record) => <OperatorForm operator={record} onDone={() => setEditing(null)} />}
      </RecordDialog>
    </>
  );
}
