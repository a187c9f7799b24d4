import type { Alarm } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../../components/dialog';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { TextAreaField } from '../../components/field';
import { formatDateTime } from '../../lib/format';
import { AlarmBadges } from './alarm-badges';
import { needsAcknowledgement, raisedValueText, worstText } from './alarm-labels';
import { useAcknowledgeAlarm } from './queries';

interface AcknowledgeDialogProps {
  /** The alarm as it is now (the list keeps it current while the dialog is open); null when closed. */
  alarm: Alarm | null;
  onClose(): void;
}

const COMMENT_REQUIRED = 'Say what was done or why';

/**
 * Acknowledging takes a comment (what was done, or why nothing needs doing). It is sent with the version
 * seen; if someone else acknowledged meanwhile, the dialog says who instead of offering the button again.
 */
export function AcknowledgeDialog({ alarm, onClose }: AcknowledgeDialogProps) {
  const acknowledge = useAcknowledgeAlarm();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const close = () => {
    acknowledge.reset();
    setComment('');
    setMissing(undefined);
    onClose();
  };
  const open = alarm !== null;
  const pending = alarm ? needsAcknowledgement(alarm) : false;
  const error = missing ?? fieldErrorsOf(acknowledge.error).comment;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!alarm) return;
    if (comment.trim() === '') {
      setMissing(COMMENT_REQUIRED);
      return;
    }
    setMissing(undefined);
    acknowledge.mutate(
      { id: alarm.id, input: { comment: comment.trim(), version: alarm.version } },
      { onSuccess: close },
    );
  }

  return (
    <Dialog title="Acknowledge alarm" open={open} onClose={close}>
      {alarm ? (
        <form className="form" onSubmit={submit} noValidate>
          <div className="alarm-summary">
            <AlarmBadges alarm={alarm} />
            <p className="alarm-summary__message">{alarm.message}</p>
            <p className="muted small">
              {alarm.sensorName} · {alarm.instrumentName}
              {alarm.location ? ` · ${alarm.location}` : ''}
            </p>
            <p className="muted small">
              Raised {formatDateTime(alarm.raisedAt)}
              {raisedValueText(alarm) ? ` at ${raisedValueText(alarm)}` : ''}
              {alarm.worst ? `; worst ${worstText(alarm)}` : ''}
              {alarm.clearedAt ? `; cleared ${formatDateTime(alarm.clearedAt)}` : ''}
            </p>
          </div>
          {pending ? (
            <>
              <ErrorBanner error={formLevelError(acknowledge.error, ['comment'])} />
              <TextAreaField
                label="Comment"
                rows={3}
                maxLength={2000}
                value={comment}
                onChange={(e) => {
                  setComment(e.target.value);
                  setMissing(undefined);
                }}
                error={error}
                hint="What was done, or why it needs nothing. Kept with the alarm."
                autoFocus
              />
              <div className="form__actions">
                <button type="button" className="button button--ghost" onClick={close}>
                  Cancel
                </button>
                <button type="submit" className="button button--primary" disabled={acknowledge.isPending}>
                  {acknowledge.isPending ? 'Acknowledging…' : 'Acknowledge'}
                </button>
              </div>
            </>
          ) : (
            <>
              <p className="banner banner--info" role="status">
                {alarm.acknowledgedBy
                  ? `${alarm.acknowledgedBy.name} acknowledged it ${formatDateTime(alarm.acknowledgedAt)}${alarm.comment ? `: “${alarm.comment}”` : '.'}`
                  : 'It needs no acknowledgement any more.'}
              </p>
              <div className="form__actions">
                <button type="button" className="button" onClick={close}>
                  Close
                </button>
              </div>
            </>
          )}
        </form>
      ) : null}
    </Dialog>
  );
}
