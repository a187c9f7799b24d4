import { type MaintenanceRequestSummary, REQUEST_STATUSES, type RequestStatus } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../lib/format';
import { requestPath } from './paths';
import { workflowStateQuery } from './queries';
import { OverdueBadge, StatusBadge } from './status-badge';
import { TONES } from './tones';

interface RequestCardProps {
  request: MaintenanceRequestSummary;
  /** Shown in its new column while the server is asked. */
  saving: boolean;
  /** Whether the user may try to move cards at all (the server decides each move). */
  movable: boolean;
  onDragStart(request: MaintenanceRequestSummary): void;
  onDragEnd(): void;
  onMove(request: MaintenanceRequestSummary, to: RequestStatus): void;
}

/** The same moves as dragging, from a menu: for the keyboard, and for fingers on a tablet. */
function MoveMenu({ request, onMove }: Pick<RequestCardProps, 'request' | 'onMove'>) {
  const [open, setOpen] = useState(false);
  const state = useQuery({ ...workflowStateQuery(request.id), enabled: open });
  const targets = REQUEST_STATUSES.filter((status) => status !== request.status && status !== 'New');
  return (
    <details className="card-menu" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="button button--small button--ghost">
        Move<span className="visually-hidden"> {request.reference}</span>
      </summary>
      <ul className="card-menu__list">
        {targets.map((status) => {
          const allowed = state.data?.validNextTransitions.includes(status);
          return (
            <li key={status}>
              <button
                type="button"
                className={`card-menu__item${allowed ? ' card-menu__item--allowed' : ''}`}
                onClick={() => {
                  setOpen(false);
                  onMove(request, status);
                }}
              >
                Move to {status}
                {allowed ? <span className="visually-hidden"> (allowed next step)</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** A request on the board: machine, subject, severity, who, when; drag it or use its menu to move it. */
export function RequestCard({ request, saving, movable, onDragStart, onDragEnd, onMove }: RequestCardProps) {
  return (
    <article
      className={`kanban-card kanban-card--${TONES[request.severity]}${saving ? ' kanban-card--saving' : ''}`}
      aria-label={`${request.reference} ${request.subject}`}
      aria-busy={saving}
      draggable={movable && !saving}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', request.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart(request);
      }}
      onDragEnd={onDragEnd}
    >
      <div className="kanban-card__top">
        <span className="muted small">
          <strong className="kanban-card__machine">{request.machine.name}</strong>{' '}
          <span className="mono nowrap">{request.machine.code}</span>
        </span>
        <StatusBadge value={request.severity} title={`${request.severity} severity`} />
      </div>
      <h3 className="kanban-card__subject">
        <Link to={requestPath(request.id)} className="kanban-card__link" draggable={false}>
          {request.subject}
        </Link>
      </h3>
      <div className="kanban-card__meta small">
        <span className="badge badge--outline">{request.type}</span>
        {request.isOverdue ? <OverdueBadge /> : null}
        <span className="kanban-card__reference muted mono">{request.reference}</span>
      </div>
      {request.scheduledDate ? (
        <p className="kanban-card__line muted small">Scheduled {formatCalendarDate(request.scheduledDate)}</p>
      ) : null}
      <div className="kanban-card__footer small">
        <span className={`truncate${request.technician ? '' : ' muted'}`}>
          {request.technician?.displayName ?? 'Unassigned'}
        </span>
        {movable ? <MoveMenu request={request} onMove={onMove} /> : null}
      </div>
    </article>
  );
}
