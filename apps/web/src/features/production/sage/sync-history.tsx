import type { SageSync, SageSyncCall } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { Pager } from '../../../components/pager';
import { formatDateTime } from '../../../lib/format';
import { sageCallsQuery, sageSyncsQuery } from './queries';
import { SyncStateBadge } from './sync-badge';

const PAGE_SIZE = 10;
const CALLS_PAGE_SIZE = 50;

/** The time of a call to the millisecond (the dialog's title says the day). */
const formatTime = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
  });
/** A path with its query unescaped (`attributes=name,email`), as people read it. */
const readablePath = (path: string) => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

const CALL_COLUMNS: Column<SageSyncCall>[] = [
  { header: 'At', className: 'nowrap', cell: (call) => formatTime(call.at) },
  {
    header: 'Request',
    className: 'sage-calls__request',
    cell: (call) => <span className="mono small">{`${call.method} ${readablePath(call.path)}`}</span>,
  },
  {
    header: 'Status',
    cell: (call) =>
      call.status === null ? (
        <span className="badge badge--danger" title={call.error ?? ''}>
          No answer
        </span>
      ) : (
        <span
          className={`badge badge--${call.status < 300 ? 'ok' : call.status < 500 && call.status !== 429 ? 'warn' : 'danger'}`}
        >
          {call.status}
        </span>
      ),
  },
  { header: 'Time', className: 'nowrap', cell: (call) => `${call.durationMs} ms` },
  { header: 'Attempt', cell: (call) => call.attempt },
];

/** Every HTTP call of one sync, attempt by attempt (administrators). */
function CallLog({ sync }: { sync: SageSync }) {
  const [page, setPage] = useState(1);
  const calls = useQuery(sageCallsQuery(sync.id, page, CALLS_PAGE_SIZE));
  return (
    <div className="sage-calls">
      <ErrorBanner error={calls.error} />
      <DataTable
        columns={CALL_COLUMNS}
        rows={calls.data?.items}
        rowKey={(call) => call.id}
        empty="No calls."
      />
      {calls.data ? (
        <Pager page={page} pageSize={CALLS_PAGE_SIZE} total={calls.data.total} onPage={setPage} />
      ) : null}
    </div>
  );
}

/** The syncs so far, newest first; administrators open the call log of each. */
export function SyncHistory({ showCalls }: { showCalls: boolean }) {
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<SageSync | null>(null);
  const syncs = useQuery(sageSyncsQuery(page, PAGE_SIZE));
  const columns: Column<SageSync>[] = [
    { header: 'Asked', className: 'nowrap', cell: (sync) => formatDateTime(sync.createdAt) },
    { header: 'By', cell: (sync) => sync.requestedBy },
    { header: 'State', cell: (sync) => <SyncStateBadge state={sync.state} /> },
    {
      header: 'Result',
      secondary: true,
      cell: (sync) =>
        sync.result
          ? `${sync.result.contacts.length} contacts, ${sync.result.invoices.length} invoices`
          : (sync.error ?? `${sync.done} of ${sync.total}`),
    },
    {
      header: 'Calls',
      cell: (sync) =>
        showCalls ? (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => setOpened(sync)}
          >
            {sync.calls} calls
          </button>
        ) : (
          sync.calls
        ),
    },
  ];
  return (
    <section className="stack sage-section" aria-label="Sync history">
      <h2 className="details-title">Sync history</h2>
      <ErrorBanner error={syncs.error} />
      <DataTable
        columns={columns}
        rows={syncs.data?.items}
        rowKey={(sync) => sync.id}
        empty="No syncs yet."
      />
      {syncs.data && syncs.data.total > PAGE_SIZE ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={syncs.data.total} onPage={setPage} />
      ) : null}
      <Dialog
        title={opened ? `Calls to Sage, sync of ${formatDateTime(opened.createdAt)}` : 'Calls to Sage'}
        open={opened !== null}
        onClose={() => setOpened(null)}
      >
        {opened ? <CallLog sync={opened} /> : null}
      </Dialog>
    </section>
  );
}
