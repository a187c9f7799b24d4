import {
  type MaintenanceRequestSummary,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type RequestStatus,
  type RequestType,
} from '@factoryops/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { useCurrentUser } from '../../app/auth-session';
import { Dialog } from '../../components/dialog';
import { ErrorBanner, errorMessage } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { useUrlFilters } from '../../lib/use-url-filters';
import { boardMove } from './board-moves';
import {
  machineChoicesQuery,
  peopleQuery,
  requestActionsQuery,
  requestListQuery,
  type TransitionCall,
  useRequestTransition,
  workflowStateQuery,
} from './queries';
import { RequestCard } from './request-card';
import { RequestForm } from './request-form';
import { TeamSelect } from './team-select';
import { AssignForm, CompleteForm } from './workflow-forms';
import { scrapWarning } from './request-text';

/** The board shows up to this many requests at once (the API's largest page). */
const BOARD_LIMIT = 500;
const MOVE_PERMISSIONS = ['maintenance.request.work', 'maintenance.request.assign', 'maintenance.manage'];

type Step = (version: number) => TransitionCall;
type Asking = { request: MaintenanceRequestSummary; step: 'assign' | 'complete' };

/** The maintenance requests as a Kanban board: one column per status, cards moved by drag and drop. */
export function BoardPage() {
  const { permissions, id: userId } = useCurrentUser();
  const canCreate = permissions.includes('maintenance.request.create');
  const canMove = MOVE_PERMISSIONS.some((code) => permissions.includes(code));
  const { filters, setFilter } = useUrlFilters({
    teamId: '',
    machineId: '',
    technicianId: '',
    type: '' as RequestType | '',
  });
  const requests = useQuery(
    requestListQuery({
      teamId: filters.teamId || undefined,
      machineId: filters.machineId || undefined,
      technicianId: filters.technicianId || undefined,
      type: filters.type || undefined,
      pageSize: BOARD_LIMIT,
    }),
  );
  const machines = useQuery(machineChoicesQuery);
  const people = useQuery(peopleQuery);
  const transition = useRequestTransition();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  /** Cards shown in their target column while the server is asked; removed when it has answered. */
  const [placed, setPlaced] = useState<Record<string, RequestStatus>>({});
  const [dragging, setDragging] = useState<MaintenanceRequestSummary | null>(null);
  const [over, setOver] = useState<RequestStatus | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const draggingState = useQuery({ ...workflowStateQuery(dragging?.id ?? ''), enabled: dragging !== null });
  const allowedTargets = dragging ? (draggingState.data?.validNextTransitions ?? []) : [];

  async function run(request: MaintenanceRequestSummary, to: RequestStatus, steps: Step[]) {
    setRefusal(null);
    setPlaced((current) => ({ ...current, [request.id]: to }));
    try {
      let version = request.version;
      for (const step of steps) version = (await transition.mutateAsync(step(version))).version;
    } catch (error) {
      setRefusal(`${request.reference} stays in ${request.status}: ${errorMessage(error)}`);
    } finally {
      setPlaced(({ [request.id]: _, ...rest }) => rest);
    }
  }

  const start: (id: string) => Step = (id) => (version) => ({ id, name: 'start', input: { version } });

  /** Asks the server whether this user may assign the request (a manager, or a member of its team). */
  async function mayAssign(request: MaintenanceRequestSummary): Promise<boolean> {
    const actions = await queryClient.fetchQuery(requestActionsQuery(request.id)).catch(() => null);
    return actions?.canAssign ?? false;
  }

  async function move(request: MaintenanceRequestSummary, to: RequestStatus) {
    const canAssign = to === 'In Progress' && !request.technician && (await mayAssign(request));
    const next = boardMove(request, to, canAssign);
    switch (next.kind) {
      case 'none':
        return;
      case 'unsupported':
        return setRefusal(`${request.reference}: ${next.message}`);
      case 'start':
        if (next.assignFirst) return setAsking({ request, step: 'assign' });
        return void run(request, to, [start(request.id)]);
      case 'complete':
        return setAsking({ request, step: 'complete' });
      case 'scrap':
        if (window.confirm(scrapWarning(request)))
          void run(request, to, [(version) => ({ id: request.id, name: 'scrap', input: { version } })]);
    }
  }

  const items = requests.data?.items ?? [];
  const columns = REQUEST_STATUSES.map((status) => ({
    status,
    cards: items.filter((r) => (placed[r.id] ?? r.status) === status),
  }));

  function drop(event: DragEvent, to: RequestStatus) {
    event.preventDefault();
    setOver(null);
    const request = items.find((r) => r.id === event.dataTransfer.getData('text/plain'));
    setDragging(null);
    if (request) void move(request, to);
  }

  return (
    <>
      <PageHeader
        title="Maintenance board"
        description="Requests by status. Drag a card to the next column, or use its Move menu."
        actions={
          canCreate ? (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              New request
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <TeamSelect
          label="Team"
          emptyLabel="All teams"
          value={filters.teamId}
          onChange={(id) => setFilter('teamId', id)}
        />
        <select
          aria-label="Machine"
          value={filters.machineId}
          onChange={(e) => setFilter('machineId', e.target.value)}
        >
          <option value="">All machines</option>
          {machines.data?.items.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.code})
            </option>
          ))}
        </select>
        <select
          aria-label="Assignee"
          value={filters.technicianId}
          onChange={(e) => setFilter('technicianId', e.target.value)}
        >
          <option value="">Anyone assigned</option>
          {people.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
        <select
          aria-label="Type"
          value={filters.type}
          onChange={(e) => setFilter('type', e.target.value as RequestType | '')}
        >
          <option value="">All types</option>
          {REQUEST_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={requests.error} />
      {refusal ? (
        <div className="banner banner--error banner--dismissable" role="alert">
          <span>{refusal}</span>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label="Dismiss"
            onClick={() => setRefusal(null)}
          >
            ✕
          </button>
        </div>
      ) : null}
      {requests.data && requests.data.total > items.length ? (
        <p className="banner banner--info">
          Showing {items.length} of {requests.data.total} requests: filter by team or machine to see the rest.
        </p>
      ) : null}
      {requests.isPending ? <p className="muted">Loading…</p> : null}
      <div className="kanban" aria-busy={requests.isFetching}>
        {columns.map(({ status, cards }) => (
          <section
            key={status}
            aria-label={status}
            className={[
              'kanban__column',
              dragging && allowedTargets.includes(status) ? 'kanban__column--allowed' : '',
              over === status ? 'kanban__column--over' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            onDragOver={(e) => {
              if (!dragging) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (over !== status) setOver(status);
            }}
            onDragLeave={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
            }}
            onDrop={(e) => drop(e, status)}
          >
            <header className="kanban__header">
              <h2>{status}</h2>
              <span className="kanban__count">
                {cards.length}
                <span className="visually-hidden"> requests</span>
              </span>
            </header>
            <div className="kanban__cards">
              {cards.map((request) => (
                <RequestCard
                  key={request.id}
                  request={request}
                  saving={request.id in placed}
                  movable={canMove}
                  onDragStart={setDragging}
                  onDragEnd={() => {
                    setDragging(null);
                    setOver(null);
                  }}
                  onMove={(r, to) => void move(r, to)}
                />
              ))}
              {requests.data && cards.length === 0 ? <p className="kanban__empty">No requests</p> : null}
            </div>
          </section>
        ))}
      </div>
      <Dialog title="New maintenance request" open={creating} onClose={() => setCreating(false)}>
        <RequestForm onDone={() => setCreating(false)} />
      </Dialog>
      <Dialog
        title={asking ? `Who works on ${asking.request.reference}?` : 'Assign'}
        open={asking?.step === 'assign'}
        onClose={() => setAsking(null)}
      >
        {asking?.step === 'assign' ? (
          <AssignForm
            request={asking.request}
            submitLabel="Assign and start"
            pending={false}
            error={null}
            onCancel={() => setAsking(null)}
            onSubmit={(technicianId) => {
              const { request } = asking;
              setAsking(null);
              const assign: Step = (version) => ({
                id: request.id,
                name: 'assign',
                input: { technicianId, version },
              });
              // Only the assigned technician or a manager may start: a team member assigning someone
              // else assigns, and leaves the start to them.
              if (technicianId === userId || permissions.includes('maintenance.manage'))
                void run(request, 'In Progress', [assign, start(request.id)]);
              else void run(request, request.status, [assign]);
            }}
          />
        ) : null}
      </Dialog>
      <Dialog
        title={asking ? `Complete ${asking.request.reference}` : 'Complete'}
        open={asking?.step === 'complete'}
        onClose={() => setAsking(null)}
      >
        {asking?.step === 'complete' ? (
          <CompleteForm
            submitLabel="Mark repaired"
            pending={false}
            error={null}
            onCancel={() => setAsking(null)}
            onSubmit={(completion) => {
              const { request } = asking;
              setAsking(null);
              void run(request, 'Repaired', [
                (version) => ({ id: request.id, name: 'complete', input: { ...completion, version } }),
              ]);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}
