import { POP_DEADLINE_DAYS, type Project, type QueueItem } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { formatCalendarDate, localIsoDate } from '../../../lib/format';
import { PRODUCTION_PATHS } from '../paths';
import { useMarkPop } from '../queries';
import { PriorityBadge, QueueStatusBadge } from '../status-badges';

/** What marking the POP queued: the new item's place, date and estimate. */
function QueuedItem({ item, onClose }: { item: QueueItem; onClose(): void }) {
  return (
    <div className="form">
      <p className="banner banner--info" role="status">
        Proof of payment recorded. {item.projectCode} is in the queue at position {item.position}.
      </p>
      <dl className="details">
        <div>
          <dt>Queue status</dt>
          <dd>
            <QueueStatusBadge status={item.status} />
          </dd>
        </div>
        <div>
          <dt>Position</dt>
          <dd>{item.position}</dd>
        </div>
        <div>
          <dt>Priority</dt>
          <dd>
            <PriorityBadge priority={item.priority} />
          </dd>
        </div>
        <div>
          <dt>Scheduled for cutting</dt>
          <dd>{formatCalendarDate(item.scheduledDate)}</dd>
        </div>
        <div>
          <dt>Estimated minutes</dt>
          <dd>{item.estimatedMinutes ?? '—'}</dd>
        </div>
      </dl>
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onClose}>
          Close
        </button>
        <Link className="button button--primary" to={PRODUCTION_PATHS.queue}>
          Open the queue
        </Link>
      </div>
    </div>
  );
}

/**
 * Marks the proof of payment received (today unless another day is given): the server approves the
 * project, queues it for the next business day and mails the client, then this shows the queue item.
 */
export function PopForm({ project, onClose }: { project: Project; onClose(): void }) {
  const markPop = useMarkPop();
  const [receivedOn, setReceivedOn] = useState(() => localIsoDate(new Date()));
  const errors = fieldErrorsOf(markPop.error);

  if (markPop.data) return <QueuedItem item={markPop.data.queueItem} onClose={onClose} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    markPop.mutate({ id: project.id, receivedOn: receivedOn || undefined });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>
        The project becomes <strong>Approved (POP Received)</strong>, goes to the end of the cutting queue
        (scheduled for the next business day) and its client gets a payment confirmation by email.
      </p>
      <ErrorBanner error={formLevelError(markPop.error, ['receivedOn'])} />
      <Field
        label="Received on"
        type="date"
        value={receivedOn}
        onChange={(e) => setReceivedOn(e.target.value)}
        error={errors.receivedOn}
        hint={`The POP deadline is ${POP_DEADLINE_DAYS} days later; empty means today.`}
      />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={markPop.isPending}>
          Mark POP received
        </button>
      </div>
    </form>
  );
}
