import type { QueueItem } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { ErrorBanner, errorMessage } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { ApiError } from '../../../lib/api-client';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductionAccess } from '../access';
import type { QueueScope } from '../api';
import { queueQuery, useReorderQueue } from '../queries';
import '../production.css';
import { activeOrder, applyMove, dropMove, isActive, type QueueMove, stepMove } from './queue-order';
import { QueueRow } from './queue-row';

const HEADERS = ['#', 'Project', 'Client', 'Priority', 'Scheduled', 'Est. min', 'Status'];
/** Left out on a tablet held upright, so that the rest fits. */
const SECONDARY = ['Client', 'Est. min'];

/** What the queue shows while a move is being saved: the move already made. */
function shownItems(items: readonly QueueItem[], pending: QueueMove | null): readonly QueueItem[] {
  return pending ? applyMove(items, pending) : items;
}

/**
 * The cutting queue in order. Items are moved by dragging (or one place at a time with the arrows),
 * reprioritised and rescheduled inline, and started, completed or cancelled; every open queue page
 * follows the changes live (`production:queue`).
 */
export function QueuePage() {
  const access = useProductionAccess();
  const { filters, setFilter } = useUrlFilters({ scope: 'active' as QueueScope });
  const queue = useQuery(queueQuery(filters.scope));
  const reorder = useReorderQueue();
  const [pending, setPending] = useState<QueueMove | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const items = shownItems(queue.data?.items ?? [], pending);
  const order = activeOrder(items);
  const active = items.filter(isActive);
  const minutes = active.reduce((sum, item) => sum + (item.estimatedMinutes ?? 0), 0);

  async function move(next: QueueMove | null) {
    if (!next) return;
    const code = items.find((item) => item.id === next.itemId)?.projectCode ?? 'The item';
    setNotice(null);
    setPending(next);
    try {
      await reorder.mutateAsync(next);
    } catch (error) {
      setNotice(
        error instanceof ApiError && error.status === 409
          ? `${code} was not moved: someone changed the queue meanwhile. This is its order now; move it again if still needed.`
          : `${code} was not moved: ${errorMessage(error)}`,
      );
    } finally {
      setPending(null);
    }
  }

  function endDrag() {
    setDraggingId(null);
    setOverId(null);
  }

  const dragOf = (item: QueueItem, index: number) => {
    const movable = access.reorder && isActive(item) && pending === null;
    return {
      movable,
      dragging: draggingId === item.id,
      over: overId === item.id && draggingId !== item.id,
      first: index === 0,
      last: index === order.length - 1,
      onDragStart(event: DragEvent) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', item.id);
        setDraggingId(item.id);
      },
      onDragEnd: endDrag,
      onDragOver(event: DragEvent) {
        if (!draggingId || !movable) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (overId !== item.id) setOverId(item.id);
      },
      onDrop(event: DragEvent) {
        event.preventDefault();
        const dragged = draggingId ?? event.dataTransfer.getData('text/plain');
        endDrag();
        if (movable && dragged) void move(dropMove(order, dragged, item.id));
      },
      onStep: (step: -1 | 1) => void move(stepMove(order, item.id, step)),
    };
  };

  return (
    <>
      <PageHeader
        title="Production queue"
        description="The cutting order. A project joins at the end when its proof of payment arrives."
      />
      <div className="toolbar">
        <select
          aria-label="Show"
          value={filters.scope}
          onChange={(e) => setFilter('scope', e.target.value as QueueScope)}
        >
          <option value="active">Still to cut or being cut</option>
          <option value="all">All, with completed and cancelled</option>
        </select>
        {queue.data ? (
          <span className="inline-field">
            {active.length} active item{active.length === 1 ? '' : 's'} · {minutes} min estimated
          </span>
        ) : null}
      </div>
      <ErrorBanner error={queue.error} />
      {notice ? (
        <div className="banner banner--warning banner--dismissable" role="alert">
          <span>{notice}</span>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label="Dismiss"
            onClick={() => setNotice(null)}
          >
            ✕
          </button>
        </div>
      ) : null}
      {queue.isPending ? <p className="muted">Loading…</p> : null}
      <div className="table-wrap" aria-busy={queue.isFetching}>
        <table className="table queue-table" aria-label="Production queue">
          <thead>
            <tr>
              {access.reorder ? (
                <th>
                  <span className="visually-hidden">Move</span>
                </th>
              ) : null}
              {HEADERS.map((header) => (
                <th key={header} className={SECONDARY.includes(header) ? 'table__secondary' : undefined}>
                  {header}
                </th>
              ))}
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <QueueRow
                key={item.id}
                item={item}
                access={access}
                saving={pending?.itemId === item.id}
                locked={pending !== null}
                drag={dragOf(item, order.indexOf(item.id))}
              />
            ))}
            {queue.data && items.length === 0 ? (
              <tr>
                <td colSpan={HEADERS.length + (access.reorder ? 2 : 1)} className="table__empty">
                  {filters.scope === 'active'
                    ? 'Nothing to cut: the queue is empty.'
                    : 'No queue items yet: a project is queued when its proof of payment arrives.'}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}
