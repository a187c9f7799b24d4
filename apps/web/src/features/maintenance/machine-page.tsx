import type { Machine, MaintenanceRequestSummary, Warning } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth-session';
import { type Column, DataTable } from '../../components/data-table';
import { DetailList } from '../../components/detail-list';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format';
import { FaultForm } from './fault-form';
import { MachineForm } from './machine-form';
import { MachineLabel } from './machine-label';
import { requestPath } from './paths';
import { machineHistoryQuery, useArchiveMachine, useClearWarning, useDeleteMachine } from './queries';
import { RequestStatusBadges, StatusBadge } from './status-badge';

const REQUEST_COLUMNS: Column<MaintenanceRequestSummary>[] = [
  {
    header: 'Request',
    cell: (r) => (
      <>
        <Link to={requestPath(r.id)} className="strong-link">
          {r.subject}
        </Link>
        <div className="muted small mono">{r.reference}</div>
      </>
    ),
  },
  { header: 'Type', secondary: true, cell: (r) => r.type },
  {
    header: 'Status',
    cell: (r) => <RequestStatusBadges request={r} />,
  },
  { header: 'Severity', cell: (r) => <StatusBadge value={r.severity} /> },
  { header: 'Technician', cell: (r) => r.technician?.displayName ?? <span className="muted">—</span> },
  { header: 'Opened', className: 'nowrap', secondary: true, cell: (r) => formatDate(r.createdAt) },
  {
    header: 'Hours',
    className: 'numeric',
    secondary: true,
    cell: (r) => r.durationHours ?? '—',
  },
];

const warningColumns = (extra: Column<Warning>[]): Column<Warning>[] => [
  { header: 'Severity', cell: (w) => <StatusBadge value={w.severity} /> },
  {
    header: 'Warning',
    cell: (w) => (
      <>
        {w.message}
        {w.code ? <div className="muted small mono">{w.code}</div> : null}
      </>
    ),
  },
  { header: 'Source', secondary: true, cell: (w) => w.source || '—' },
  {
    header: 'Raised',
    className: 'nowrap',
    cell: (w) => <span title={formatDateTime(w.raisedAt)}>{formatRelative(w.raisedAt)}</span>,
  },
  ...extra,
];

const CLEARED_COLUMNS = warningColumns([
  {
    header: 'Cleared',
    className: 'nowrap',
    cell: (w) => (
      <>
        {formatDateTime(w.clearedAt)}
        {w.clearedBy ? <div className="muted small">by {w.clearedBy}</div> : null}
      </>
    ),
  },
]);

function details(machine: Machine, downtimeHours: number): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [
    [
      'Code',
      <span key="code" className="mono">
        {machine.code}
      </span>,
    ],
    ['Building', machine.building || '—'],
    ['Area', machine.area || '—'],
    ['Category', machine.category || '—'],
    ['Importance', `${machine.importance} of 5`],
    ['Team', machine.team?.name ?? 'No team'],
    ['Responsible', machine.responsible.map((p) => p.displayName).join(', ') || '—'],
    ['Downtime, last 365 days', `${downtimeHours.toFixed(1)} h`],
    ['Added', formatDate(machine.createdAt)],
  ];
  if (machine.archivedAt) rows.push(['Archived', formatDateTime(machine.archivedAt)]);
  if (machine.scrappedAt) rows.push(['Scrapped', formatDateTime(machine.scrappedAt)]);
  return rows;
}

/** One machine: its details, active warnings, requests and history. */
export function MachinePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { permissions } = useCurrentUser();
  const canManage = permissions.includes('maintenance.manage');
  const canReport = permissions.includes('maintenance.status.report');
  const history = useQuery(machineHistoryQuery(id));
  const archive = useArchiveMachine();
  const remove = useDeleteMachine();
  const clear = useClearWarning();
  const [dialog, setDialog] = useState<'edit' | 'fault' | 'label' | null>(null);

  if (!history.data) {
    return (
      <>
        <PageHeader title="Machine" />
        {history.isPending ? <p className="muted">Loading…</p> : <ErrorBanner error={history.error} />}
      </>
    );
  }
  const { machine, requests, warnings, downtimeHours } = history.data;
  const inService = !machine.archivedAt && !machine.scrappedAt;
  const activeColumns = warningColumns(
    canReport
      ? [
          {
            header: 'Actions',
            hiddenHeader: true,
            className: 'table__actions',
            cell: (w) => (
              <button
                type="button"
                className="button button--small"
                disabled={clear.isPending}
                onClick={() => clear.mutate({ machineId: machine.id, warningId: w.id })}
              >
                Clear<span className="visually-hidden"> {w.message}</span>
              </button>
            ),
          },
        ]
      : [],
  );

  return (
    <>
      <p className="breadcrumb">
        <Link to="/maintenance/machines">Machines</Link>
      </p>
      <PageHeader
        title={machine.name}
        badge={<StatusBadge value={machine.status} />}
        description={[machine.code, machine.building, machine.area].filter(Boolean).join(' · ')}
        actions={
          <>
            {canReport && inService ? (
              <button type="button" className="button button--primary" onClick={() => setDialog('fault')}>
                Report a fault
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => setDialog('label')}>
              QR label
            </button>
            {canManage && !machine.archivedAt ? (
              <>
                <button type="button" className="button" onClick={() => setDialog('edit')}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={archive.isPending}
                  onClick={() => {
                    if (window.confirm(`Archive ${machine.name}? It leaves the lists; its history stays.`))
                      archive.mutate(machine.id);
                  }}
                >
                  Archive
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (
                      window.confirm(`Delete ${machine.name}? Only a machine with no history can be deleted.`)
                    )
                      remove.mutate(machine.id, { onSuccess: () => navigate('/maintenance/machines') });
                  }}
                >
                  Delete
                </button>
              </>
            ) : null}
          </>
        }
      />
      <div className="stack">
        <ErrorBanner error={archive.error ?? remove.error ?? clear.error} />
        {machine.archivedAt ? (
          <p className="banner banner--info">
            Archived on {formatDate(machine.archivedAt)}: kept for its history.
          </p>
        ) : null}
        <DetailList items={details(machine, downtimeHours)} />
      </div>
      <h2 className="section-title">Active warnings</h2>
      <DataTable
        columns={activeColumns}
        rows={warnings.filter((w) => !w.clearedAt)}
        rowKey={(w) => w.id}
        empty="No active warnings."
      />
      <h2 className="section-title">Requests</h2>
      <DataTable
        columns={REQUEST_COLUMNS}
        rows={requests}
        rowKey={(r) => r.id}
        empty="No maintenance requests for this machine yet."
      />
      <h2 className="section-title">Cleared warnings</h2>
      <DataTable
        columns={CLEARED_COLUMNS}
        rows={warnings.filter((w) => w.clearedAt)}
        rowKey={(w) => w.id}
        empty="No cleared warnings."
      />
      <Dialog title={`QR label of ${machine.name}`} open={dialog === 'label'} onClose={() => setDialog(null)}>
        <MachineLabel machine={machine} />
      </Dialog>
      <Dialog title={`Edit ${machine.name}`} open={dialog === 'edit'} onClose={() => setDialog(null)}>
        <MachineForm machine={machine} onDone={() => setDialog(null)} />
      </Dialog>
      <Dialog
        title={`Report a fault on ${machine.name}`}
        open={dialog === 'fault'}
        onClose={() => setDialog(null)}
      >
        <FaultForm machine={machine} onDone={() => setDialog(null)} />
      </Dialog>
    </>
  );
}
