import type { Communication, MessageStatus } from '@factoryops/contracts';
import { MESSAGE_AUTOMATIONS } from '@factoryops/contracts';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { formatDateTime } from '../../../lib/format';
import { clientPath, projectPath } from '../paths';

const TONES: Record<MessageStatus, string> = { Pending: 'info', Sent: 'ok', Failed: 'danger' };

/** A message's delivery, coloured by whether it needs someone's attention. */
export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return <span className={`badge badge--${TONES[status]}`}>{status}</span>;
}

/** Who sent a message: a person, or the automation that did. */
export const senderOf = (message: Communication) =>
  message.automation ? `${MESSAGE_AUTOMATIONS[message.automation].label} (automatic)` : message.sentBy;

const COLUMNS: Record<'when' | 'client' | 'project' | 'subject' | 'status', Column<Communication>> = {
  when: { header: 'Sent', className: 'nowrap', cell: (m) => formatDateTime(m.createdAt) },
  client: {
    header: 'Client',
    cell: (m) =>
      m.client ? <Link to={clientPath(m.client.id)}>{m.client.name}</Link> : <span className="muted">—</span>,
  },
  project: {
    header: 'Project',
    secondary: true,
    cell: (m) =>
      m.project ? (
        <Link to={projectPath(m.project.id)}>{m.project.code}</Link>
      ) : (
        <span className="muted">—</span>
      ),
  },
  subject: {
    header: 'Message',
    cell: (m) => (
      <>
        <strong>{m.subject}</strong>
        <div className="muted small">
          to {m.recipient || 'nobody'} · {senderOf(m)}
          {m.attachmentName ? ` · 📎 ${m.attachmentName}` : ''}
        </div>
      </>
    ),
  },
  status: {
    header: 'Status',
    cell: (m) => (
      <>
        <MessageStatusBadge status={m.status} />
        {m.error ? <div className="small field__error">{m.error}</div> : null}
      </>
    ),
  },
};

interface MessageTableProps {
  messages: Communication[] | undefined;
  /** Leave out the client or project column where the page is already theirs. */
  without?: 'client' | 'project';
  empty: string;
  onOpen(message: Communication): void;
}

/** Messages, newest first; a row's subject opens it. */
export function MessageTable({ messages, without, empty, onOpen }: MessageTableProps) {
  const columns = (['when', 'client', 'project', 'subject', 'status'] as const)
    .filter((key) => key !== without)
    .map((key) =>
      key === 'subject'
        ? {
            ...COLUMNS.subject,
            cell: (m: Communication) => (
              <button type="button" className="link-button" onClick={() => onOpen(m)}>
                {COLUMNS.subject.cell(m)}
              </button>
            ),
          }
        : COLUMNS[key],
    );
  return <DataTable columns={columns} rows={messages} rowKey={(m) => m.id} empty={empty} />;
}

/** A message as it was sent: recipient, subject, body, attachment, delivery. */
export function MessageView({ message }: { message: Communication }) {
  return (
    <div className="stack">
      <dl className="details">
        <dt>To</dt>
        <dd>{message.recipient || '—'}</dd>
        <dt>Sent by</dt>
        <dd>{senderOf(message)}</dd>
        <dt>Status</dt>
        <dd>
          <MessageStatusBadge status={message.status} />{' '}
          {message.sentAt ? `delivered ${formatDateTime(message.sentAt)}` : null}
          {message.error ? <div className="field__error">{message.error}</div> : null}
          {message.nextAttemptAt && message.error ? (
            <div className="muted small">Retrying at {formatDateTime(message.nextAttemptAt)}</div>
          ) : null}
        </dd>
        {message.attachmentName ? (
          <>
            <dt>Attachment</dt>
            <dd>{message.attachmentName}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="details-title">{message.subject}</h3>
      <pre className="message-body">{message.body}</pre>
    </div>
  );
}
