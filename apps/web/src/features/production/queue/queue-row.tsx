import { QUEUE_PRIORITIES, type QueueItem, type QueuePriority } from '@factoryops/contracts';
import type { DragEvent, KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import type { ProductionAccess } from '../access';
import { projectPath } from '../paths';
import { useQueueAction, useUpdateQueueItem } from '../queries';
import { PriorityBadge, QueueStatusBadge } from '../status-badges';
import { queueActionsFor } from './queue-actions';
import { isActive } from './queue-order';

export interface QueueRowDrag {
  /** Whether this row can be dragged and dropped on (an active item, a user who may reorder). */
  movable: boolean;
  dragging: boolean;
  over: boolean;
  onDragStart(event: DragEvent): void;
  onDragEnd(): void;
  onDragOver(event: DragEvent): void;
  onDrop(event: DragEvent): void;
  onStep(step: -1 | 1): void;
  first: boolean;
  last: boolean;
}

interface QueueRowProps {
  item: QueueItem;
  access: ProductionAccess;
  /** Shown at its new place while the server is asked. */
  saving: boolean;
  /**
   * While a move is saved: the versions shown are about to change, so edits and actions wait rather than
   * be refused as stale.
   */
  locked: boolean;
  drag: QueueRowDrag;
}

const blurOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.currentTarget.blur();
};

/** One queue item: its place, project, priority and date (editable inline), status and actions. */
export function QueueRow({ item, access, saving, locked, drag }: QueueRowProps) {
  const update = useUpdateQueueItem();
  const act = useQueueAction();
  const editable = access.reorder && isActive(item);
  const fieldErrors = fieldErrorsOf(update.error);
  const rowError = formLevelError(update.error, ['priority', 'scheduledDate']) ?? act.error;
  const save = (input: { priority?: QueuePriority; scheduledDate?: string | null }) =>
    update.mutate({ id: item.id, input: { ...input, version: item.version } });
  const label = item.projectCode;
  const waiting = update.isPending || locked;

  return (
    <tr
      className={[
        'queue-row',
        drag.dragging ? 'queue-row--dragging' : '',
        drag.over ? 'queue-row--over' : '',
        saving ? 'queue-row--saving' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-label={`${item.projectCode} ${item.projectName}`}
      aria-busy={saving}
      draggable={drag.movable}
      onDragStart={drag.onDragStart}
      onDragEnd={drag.onDragEnd}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
    >
      {access.reorder ? (
        <td className="queue-move">
          {drag.movable ? (
            <>
              <span className="queue-handle" aria-hidden="true" title="Drag the row to another place">
                ⠿
              </span>
              <span className="queue-steps">
                <button
                  type="button"
                  className="button button--ghost button--small queue-step"
                  disabled={drag.first}
                  onClick={() => drag.onStep(-1)}
                >
                  ↑<span className="visually-hidden"> Move {label} up</span>
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small queue-step"
                  disabled={drag.last}
                  onClick={() => drag.onStep(1)}
                >
                  ↓<span className="visually-hidden"> Move {label} down</span>
                </button>
              </span>
            </>
          ) : null}
        </td>
      ) : null}
      <td className="numeric">{item.position}</td>
      <td>
        <Link to={projectPath(item.projectId)} className="strong-link">
          {item.projectName}
        </Link>
        <div className="muted small mono nowrap">{item.projectCode}</div>
      </td>
      <td className="table__secondary">{item.clientName}</td>
      <td>
        {editable ? (
          <select
            aria-label={`Priority of ${label}`}
            aria-invalid={fieldErrors.priority ? true : undefined}
            value={item.priority}
            disabled={waiting}
            onChange={(e) => save({ priority: e.target.value as QueuePriority })}
          >
            {QUEUE_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {priority}
              </option>
            ))}
          </select>
        ) : (
          <PriorityBadge priority={item.priority} />
        )}
        {fieldErrors.priority ? <p className="field__error">{fieldErrors.priority}</p> : null}
      </td>
      <td className="nowrap">
        {editable ? (
          <input
            key={item.version}
            type="date"
            className="queue-date"
            aria-label={`Scheduled date of ${label}`}
            aria-invalid={fieldErrors.scheduledDate ? true : undefined}
            defaultValue={item.scheduledDate ?? ''}
            disabled={waiting}
            onKeyDown={blurOnEnter}
            onBlur={(e) => {
              const value = e.target.value || null;
              if (value !== item.scheduledDate) save({ scheduledDate: value });
            }}
          />
        ) : (
          formatCalendarDate(item.scheduledDate)
        )}
        {fieldErrors.scheduledDate ? <p className="field__error">{fieldErrors.scheduledDate}</p> : null}
      </td>
      <td className="numeric table__secondary">{item.estimatedMinutes ?? '—'}</td>
      <td>
        <QueueStatusBadge status={item.status} />
        {item.startedAt ? <div className="muted small">Started {formatDateTime(item.startedAt)}</div> : null}
        {item.completedAt ? (
          <div className="muted small">Completed {formatDateTime(item.completedAt)}</div>
        ) : null}
      </td>
      <td className="table__actions">
        <div className="row-actions">
          {queueActionsFor(item.status, access).map(({ action, label: actionLabel }) => (
            <button
              key={action}
              type="button"
              className={`button button--small${action === 'cancel' ? ' button--danger' : ''}`}
              disabled={act.isPending || locked}
              onClick={() => {
                if (
                  action !== 'cancel' ||
                  window.confirm(`Cancel ${label}? Its project is cancelled with it.`)
                )
                  act.mutate({ id: item.id, action, version: item.version });
              }}
            >
              {actionLabel}
              <span className="visually-hidden"> {label}</span>
            </button>
          ))}
        </div>
        {rowError ? (
          <p className="field__error" role="alert">
            {errorMessage(rowError)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
