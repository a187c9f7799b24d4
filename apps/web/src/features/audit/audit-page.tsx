import type { AuditEntry } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatDateTime } from '../../lib/format';
import { auditListQuery } from './queries';

function show(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (Array.isArray(value)) return value.join(', ');
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

/** A local date input as the start of that day, in ISO form with the offset. */
function dayStart(value: string, plusDays = 0): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}

export function AuditPage() {
  const [entityType, setEntityType] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const entries = useQuery(
    auditListQuery({
      entityType: entityType || undefined,
      action: action || undefined,
      from: dayStart(from),
      to: dayStart(to, 1),
      page,
      pageSize: 25,
    }),
  );
  const filter = (set: (value: string) => void) => (event: { target: { value: string } }) => {
    set(event.target.value);
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change: who made it, when, and what each field was before and after."
      />
      <div className="toolbar">
        <select aria-label="Entity" value={entityType} onChange={filter(setEntityType)}>
          <option value="">All entities</option>
          <option value="user">Users</option>
          <option value="api_key">API keys</option>
        </select>
        <select aria-label="Action" value={action} onChange={filter(setAction)}>
          <option value="">All actions</option>
          {['create', 'update', 'password_reset', 'sessions_revoke', 'revoke'].map((a) => (
            <option key={a} value={a}>
              {a.replace('_', ' ')}
            </option>
          ))}
        </select>
        <label className="inline-field">
          From <input type="date" value={from} onChange={filter(setFrom)} />
        </label>
        <label className="inline-field">
          To <input type="date" value={to} onChange={filter(setTo)} />
        </label>
      </div>
      <ErrorBanner error={entries.error} />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Time</th>
              <th>Who</th>
              <th>Action</th>
              <th>Entity</th>
              <th>Changes</th>
            </tr>
          </thead>
          <tbody>
            {entries.data?.items.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(entry.at)}</td>
                <td>{entry.actorName}</td>
                <td>{entry.action.replace('_', ' ')}</td>
                <td>
                  {entry.entityType} <span className="muted small mono">{entry.entityId.slice(0, 8)}</span>
                </td>
                <td>
                  <Changes entry={entry} />
                </td>
              </tr>
            ))}
            {entries.data?.items.length === 0 ? (
              <tr>
                <td colSpan={5} className="table__empty">
                  No entries match.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {entries.data ? <Pager page={page} pageSize={25} total={entries.data.total} onPage={setPage} /> : null}
    </>
  );
}
