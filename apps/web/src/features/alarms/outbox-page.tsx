import type { OutboxMessage, OutboxQuery } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type Column, DataTable } from '../../components/data-table';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useUrlFilters } from '../../lib/use-url-filters';
import { AlarmTabs } from './alarm-tabs';
import { compactDateTime } from './compact-time';
import {
  OUTBOX_KIND_LABELS,
  OUTBOX_STATUS_LABELS,
  OUTBOX_STATUS_TONES,
  outboxNotice,
  outboxStatus,
} from './outbox-status';
import { outboxQuery } from './queries';
import './alarms.css';

const PAGE_SIZE = 25;
type StatusFilter = NonNullable<OutboxQuery['status']>;

const COLUMNS: Column<OutboxMessage>[] = [
  {
    header: 'Queued',
    className: 'nowrap',
    cell: (m) => <span title={formatDateTime(m.createdAt)}>{compactDateTime(m.createdAt)}</span>,
  },
  {
    header: 'Message',
    cell: (m) => (
      <>
        <strong>{m.subject}</strong>
        <div className="muted small">
          {OUTBOX_KIND_LABELS[m.kind]} · to {m.recipients.join(', ') || 'nobody'}
        </div>
      </>
    ),
  },
  {
    header: 'Status',
    className: 'nowrap',
    cell: (m) => {
      const status = outboxStatus(m);
      return (
        <>
          <span className={`badge badge--${OUTBOX_STATUS_TONES[status]}`}>
            {OUTBOX_STATUS_LABELS[status]}
          </span>
          {m.sentAt ? (
            <div className="muted small" title={formatDateTime(m.sentAt)}>
              {compactDateTime(m.sentAt)}
            </div>
          ) : null}
        </>
      );
    },
  },
  { header: 'Attempts', className: 'numeric', cell: (m) => m.attempts },
  {
    header: 'Next attempt',
    className: 'nowrap',
    cell: (m) =>
      m.sentAt || !m.nextAttemptAt ? (
        <span className="muted">—</span>
      ) : (
        <>
          <span title={formatDateTime(m.nextAttemptAt)}>{compactDateTime(m.nextAttemptAt)}</span>
          <div className="muted small">{formatRelative(m.nextAttemptAt)}</div>
        </>
      ),
  },
  {
    header: 'Last error',
    className: 'small outbox-error',
    cell: (m) => (m.lastError ? m.lastError : <span className="muted">—</span>),
  },
];

/** The alarm mails: sent, waiting, and retried after a failure with the mail server's answer. */
export function OutboxPage() {
  const { filters, setFilter, page, setPage } = useUrlFilters({ status: 'all' as StatusFilter });
  const messages = useQuery(outboxQuery({ status: filters.status, page, pageSize: PAGE_SIZE }));
  const pending = useQuery(outboxQuery({ status: 'pending', pageSize: 50 }));
  const notice = pending.data
    ? outboxNotice(pending.data.items, pending.data.total, pending.data.sending)
    : null;

  return (
    <div className="alarms-page">
      <PageHeader
        title="Mail outbox"
        description="Alarm, escalation and calibration mails. One the mail server does not accept is retried with growing pauses."
      />
      <AlarmTabs />
      {notice ? (
        <p className="banner banner--error alarms-banner" role="alert">
          {notice}
        </p>
      ) : null}
      <div className="toolbar">
        <select
          aria-label="Status"
          value={filters.status}
          onChange={(e) => setFilter('status', e.target.value as StatusFilter)}
        >
          <option value="all">All messages</option>
          <option value="pending">Not sent yet</option>
          <option value="sent">Sent</option>
        </select>
      </div>
      <ErrorBanner error={messages.error} />
      <DataTable
        columns={COLUMNS}
        rows={messages.data?.items}
        rowKey={(m) => m.id}
        rowClass={(m) => (outboxStatus(m) === 'failing' ? 'outbox-row--failing' : undefined)}
        empty={filters.status === 'all' ? 'No mail yet.' : 'No messages match.'}
      />
      {messages.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={messages.data.total} onPage={setPage} />
      ) : null}
    </div>
  );
}
