import type { Alarm } from '@factoryops/contracts';
import type { Column } from '../../components/data-table';
import { formatDateTime, formatRelative } from '../../lib/format';
import { afterRaisedText, alarmDurationText } from './alarm-duration';
import { worstText } from './alarm-labels';
import { compactDateTime } from './compact-time';

/** An instant, short, with the full date and time on hover. */
function When({ iso, now }: { iso: string; now: Date }) {
  return (
    <time className="nowrap" dateTime={iso} title={formatDateTime(iso)}>
      {compactDateTime(iso, now)}
    </time>
  );
}

/** The columns the alarm list and the history share; `now` makes ongoing durations tick. */
export function alarmColumns(nowMs: number) {
  const now = new Date(nowMs);
  const alarm: Column<Alarm> = {
    header: 'Alarm',
    className: 'alarm-cell',
    cell: (a) => (
      <>
        <span className="alarm-message">{a.message}</span>
        <div className="small">
          <strong>{a.sensorName}</strong>
          <span className="muted">
            {' '}
            · {a.instrumentName}
            {a.location ? ` · ${a.location}` : ''}
          </span>
        </div>
      </>
    ),
  };
  const raised: Column<Alarm> = {
    header: 'Raised',
    className: 'alarm-time',
    cell: (a) => (
      <>
        <When iso={a.raisedAt} now={now} />
        <div className="muted small">{formatRelative(a.raisedAt)}</div>
      </>
    ),
  };
  const worst: Column<Alarm> = {
    header: 'Worst',
    className: 'alarm-time',
    cell: (a) => (
      <>
        <span className="nowrap">{worstText(a)}</span>
        {a.worst ? (
          <div className="muted small">
            at <When iso={a.worst.time} now={now} />
          </div>
        ) : null}
      </>
    ),
  };
  const duration: Column<Alarm> = {
    header: 'Duration',
    className: 'alarm-time',
    cell: (a) => (
      <>
        {alarmDurationText(a, nowMs)}
        {a.clearedAt ? (
          <div className="muted small">
            cleared <When iso={a.clearedAt} now={now} />
          </div>
        ) : null}
      </>
    ),
  };
  const acknowledged: Column<Alarm> = {
    header: 'Acknowledged',
    className: 'alarm-acknowledged',
    cell: (a) =>
      a.acknowledgedAt ? (
        <>
          <strong>{a.acknowledgedBy?.name ?? 'Someone'}</strong>
          <div className="muted small">
            <When iso={a.acknowledgedAt} now={now} />, {afterRaisedText(a, a.acknowledgedAt)}
          </div>
          {a.comment ? <q className="alarm-comment">{a.comment}</q> : null}
        </>
      ) : (
        <span className="muted">Not yet</span>
      ),
  };
  const escalated: Column<Alarm> = {
    header: 'Escalated',
    cell: (a) =>
      a.escalatedAt ? (
        <>
          <When iso={a.escalatedAt} now={now} />
          <div className="muted small">{afterRaisedText(a, a.escalatedAt)}</div>
        </>
      ) : (
        <span className="muted">—</span>
      ),
  };
  return { alarm, raised, worst, duration, acknowledged, escalated };
}
