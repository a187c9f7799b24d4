import type { MaintenanceRequest, RequestActions, RequestStatus } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { Dialog } from '../../components/dialog';
import { ErrorBanner, fieldErrorsOf } from '../../components/error-banner';
import { TextAreaField } from '../../components/field';
import { PageHeader } from '../../components/page-header';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { machinePath } from './paths';
import {
  requestActionsQuery,
  requestQuery,
  useAddNote,
  useRequestTransition,
  workflowStateQuery,
} from './queries';
import { RequestImages } from './request-images';
import { hoursText, recurrenceText, scrapWarning } from './request-text';
import { RequestStatusBadges, StatusBadge } from './status-badge';
import { AssignForm, CompleteForm } from './workflow-forms';

function details(request: MaintenanceRequest): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [
    [
      'Machine',
      <Link key="machine" to={machinePath(request.machine.id)}>
        {request.machine.name} <span className="mono small">{request.machine.code}</span>
      </Link>,
    ],
    ['Type', request.type],
    ['Severity', <StatusBadge key="severity" value={request.severity} />],
    ['Team', request.team?.name ?? 'No team'],
    ['Technician', request.technician?.displayName ?? 'Not assigned'],
    ['Scheduled', formatCalendarDate(request.scheduledDate)],
    ['Repeats', request.recurrence ? recurrenceText(request.recurrence) : 'No'],
    ['Estimated', hoursText(request.estimatedHours)],
    ['Hours worked', hoursText(request.durationHours)],
    ['Opened', `${formatDateTime(request.createdAt)} by ${request.createdBy}`],
    ['Started', formatDateTime(request.startedAt)],
    ['Repaired', formatDateTime(request.repairedAt)],
  ];
  if (request.scrappedAt) rows.push(['Scrapped', formatDateTime(request.scrappedAt)]);
  if (request.reporter)
    rows.push([
      'Reported by',
      `${request.reporter.name} (${request.reporter.contact}) via ${request.source}`,
    ]);
  return rows;
}

/** Whether the user may take any workflow step now; if not, the buttons are left out altogether. */
const mayAct = (actions: RequestActions | undefined): actions is RequestActions =>
  Boolean(actions && (actions.canAssign || actions.canStart || actions.canComplete || actions.canScrap));

interface WorkflowButtonsProps {
  actions: RequestActions;
  /** The statuses the request can go to next; steps leading elsewhere are not shown. */
  next: RequestStatus[];
  busy: boolean;
  onAssign(): void;
  onStart(): void;
  onComplete(): void;
  onScrap(): void;
}

/** The steps that apply to the request's status, each enabled when the server says this user may. */
function WorkflowButtons({
  actions,
  next,
  busy,
  onAssign,
  onStart,
  onComplete,
  onScrap,
}: WorkflowButtonsProps) {
  const open = next.includes('In Progress') || next.includes('Repaired');
  const buttons: [string, boolean, boolean, () => void, string][] = [
    [
      actions.assignedTechnician ? 'Reassign' : 'Assign technician',
      open,
      actions.canAssign,
      onAssign,
      'button',
    ],
    ['Start', next.includes('In Progress'), actions.canStart, onStart, 'button button--primary'],
    ['Complete', next.includes('Repaired'), actions.canComplete, onComplete, 'button button--primary'],
    ['Scrap', next.includes('Scrap'), actions.canScrap, onScrap, 'button button--danger'],
  ];
  return (
    <>
      {buttons
        .filter(([, applies]) => applies)
        .map(([label, , allowed, onClick, className]) => (
          <button
            key={label}
            type="button"
            className={className}
            disabled={busy || !allowed}
            title={allowed ? undefined : `Not open to you on this request (your role: ${actions.userRole})`}
            onClick={onClick}
          >
            {label}
          </button>
        ))}
    </>
  );
}

function Notes({ request }: { request: MaintenanceRequest }) {
  const add = useAddNote();
  const [body, setBody] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ id: request.id, body }, { onSuccess: () => setBody('') });
  }
  return (
    <section aria-label="Notes">
      <h2 className="section-title">Notes</h2>
      {request.notes.length === 0 ? <p className="muted">No notes yet.</p> : null}
      <ol className="notes">
        {request.notes.map((note) => (
          <li key={note.id} className="card">
            <p className="muted small">
              <strong>{note.author}</strong> · {formatDateTime(note.createdAt)}
            </p>
            <p className="notes__body">{note.body}</p>
          </li>
        ))}
      </ol>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner error={fieldErrorsOf(add.error).body ? null : add.error} />
        <TextAreaField
          label="Add a note"
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={fieldErrorsOf(add.error).body}
        />
        <div className="form__actions form__actions--start">
          <button type="submit" className="button" disabled={add.isPending || !body.trim()}>
            Add note
          </button>
        </div>
      </form>
    </section>
  );
}

/** One maintenance request: its fields, the workflow steps the user may take now, notes and images. */
export function RequestPage() {
  const { id = '' } = useParams();
  const request = useQuery(requestQuery(id));
  const actions = useQuery(requestActionsQuery(id));
  const state = useQuery(workflowStateQuery(id));
  const transition = useRequestTransition();
  const [dialog, setDialog] = useState<'assign' | 'complete' | null>(null);

  if (!request.data) {
    return (
      <>
        <PageHeader title="Maintenance request" />
        {request.isPending ? <p className="muted">Loading…</p> : <ErrorBanner error={request.error} />}
      </>
    );
  }
  const r = request.data;
  const version = actions.data?.version ?? r.version;
  const close = () => {
    setDialog(null);
    transition.reset();
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/maintenance">Board</Link> · <Link to={machinePath(r.machine.id)}>{r.machine.name}</Link>
      </p>
      <PageHeader
        title={r.subject}
        badge={<RequestStatusBadges request={r} />}
        description={`${r.reference} · ${r.type} · ${r.machine.name} (${r.machine.code})`}
        actions={
          mayAct(actions.data) ? (
            <WorkflowButtons
              actions={actions.data}
              next={state.data?.validNextTransitions ?? []}
              busy={transition.isPending}
              onAssign={() => setDialog('assign')}
              onStart={() => transition.mutate({ id: r.id, name: 'start', input: { version } })}
              onComplete={() => setDialog('complete')}
              onScrap={() => {
                if (window.confirm(scrapWarning(r)))
                  transition.mutate({ id: r.id, name: 'scrap', input: { version } });
              }}
            />
          ) : undefined
        }
      />
      <div className="stack">
        <ErrorBanner error={dialog ? null : (transition.error ?? actions.error ?? state.error)} />
        {r.description ? <p className="request-description">{r.description}</p> : null}
        <DetailList items={details(r)} />
      </div>
      <RequestImages request={r} />
      <Notes request={r} />
      <Dialog title={`Assign ${r.reference}`} open={dialog === 'assign'} onClose={close}>
        <AssignForm
          request={r}
          submitLabel="Assign"
          pending={transition.isPending}
          error={transition.error}
          onCancel={close}
          onSubmit={(technicianId) =>
            transition.mutate(
              { id: r.id, name: 'assign', input: { technicianId, version } },
              { onSuccess: close },
            )
          }
        />
      </Dialog>
      <Dialog title={`Complete ${r.reference}`} open={dialog === 'complete'} onClose={close}>
        <CompleteForm
          submitLabel="Mark repaired"
          pending={transition.isPending}
          error={transition.error}
          onCancel={close}
          onSubmit={(completion) =>
            transition.mutate(
              { id: r.id, name: 'complete', input: { ...completion, version } },
              { onSuccess: close },
            )
          }
        />
      </Dialog>
    </>
  );
}
