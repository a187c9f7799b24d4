import type {
  RecurrenceUnit,
  RequestActions,
  RequestStatus,
  RequestType,
  WorkflowRole,
} from '@factoryops/contracts';
import { PermissionDeniedError, RuleViolationError, ValidationError } from '../../common/domain-errors.js';

/**
 * The maintenance-request workflow of seed 004, as pure rules: transitions, who may do what, and
 * what each action needs. Services load the facts, call these, then write.
 */
export const VALID_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  New: ['In Progress', 'Scrap'],
  'In Progress': ['Repaired', 'Scrap'],
  Repaired: ['Scrap'],
  Scrap: [],
};

export class InvalidTransitionError extends RuleViolationError {
  constructor(from: RequestStatus, to: RequestStatus) {
    super(`Cannot transition from ${from} to ${to}`, 'status');
  }
}

/** Required data is missing or wrong (no team, no technician, bad duration): 400 naming the field. */
export class MissingDataError extends ValidationError {
  constructor(field: string, message: string) {
    super([{ path: field, message }], message);
  }
}

export function validateTransition(from: RequestStatus, to: RequestStatus): void {
  if (!VALID_TRANSITIONS[from].includes(to)) throw new InvalidTransitionError(from, to);
}

/** Who is acting: managers are users with the manager or admin role; teams are their memberships. */
export interface Actor {
  userId: string;
  isManager: boolean;
  teamIds: ReadonlySet<string>;
}

/** The facts of a request the rules look at. */
export interface WorkflowFacts {
  status: RequestStatus;
  type: RequestType;
  teamId: string | null;
  technicianId: string | null;
  scheduledDate: string | null;
}

/** Seed 004: manager (manager/admin role); technician (member of the request's team); else user. */
export function roleFor(actor: Actor, request: WorkflowFacts): WorkflowRole {
  if (actor.isManager) return 'manager';
  if (request.teamId && actor.teamIds.has(request.teamId)) return 'technician';
  return 'user';
}

const isAssignedTechnician = (actor: Actor, request: WorkflowFacts) =>
  request.technicianId !== null && request.technicianId === actor.userId;

export function assertCanAssign(
  actor: Actor,
  request: WorkflowFacts,
  technicianTeamIds: ReadonlySet<string>,
) {
  if (roleFor(actor, request) === 'user')
    throw new PermissionDeniedError(
      "Only a manager or a member of the request's team can assign a technician",
    );
  if (request.status === 'Repaired' || request.status === 'Scrap')
    throw new RuleViolationError(`A ${request.status} request cannot be assigned`, 'status');
  if (!request.teamId) throw new MissingDataError('teamId', 'Give the request a maintenance team first');
  if (!technicianTeamIds.has(request.teamId))
    throw new MissingDataError('technicianId', "The technician is not a member of the request's team");
}

export function assertCanStart(actor: Actor, request: WorkflowFacts): void {
  if (!actor.isManager && !isAssignedTechnician(actor, request))
    throw new PermissionDeniedError('Only the assigned technician or a manager can start the work');
  validateTransition(request.status, 'In Progress');
  if (!request.technicianId)
    throw new MissingDataError('technicianId', 'Assign a technician before starting');
}

export function assertCanComplete(actor: Actor, request: WorkflowFacts, durationHours: number): void {
  // The seed's order: duration, then status, then who.
  if (!Number.isFinite(durationHours) || durationHours <= 0)
    throw new MissingDataError('durationHours', 'Must be more than 0 hours');
  validateTransition(request.status, 'Repaired');
  if (!actor.isManager && !isAssignedTechnician(actor, request))
    throw new PermissionDeniedError('Only the assigned technician or a manager can complete the work');
}

export function assertCanScrap(actor: Actor, request: WorkflowFacts): void {
  if (!actor.isManager) throw new PermissionDeniedError('Only managers can scrap a request');
  if (request.status === 'Scrap') throw new RuleViolationError('The request is already scrapped', 'status');
}

/** Corrective: anyone signed in (and external systems). Preventive: managers, with a scheduled date. */
export function assertCanCreate(
  type: RequestType,
  creator: { isManager: boolean },
  scheduledDate: string | null,
): void {
  if (type !== 'Preventive') return;
  if (!creator.isManager) throw new PermissionDeniedError('Only managers can create preventive requests');
  if (!scheduledDate)
    throw new MissingDataError('scheduledDate', 'A preventive request needs a scheduled date');
}

const allows = (check: () => void) => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};

/** What the actor may do now (seed 004's get_available_actions), from the same rules as the actions. */
export function availableActions(
  actor: Actor,
  request: WorkflowFacts,
): Pick<RequestActions, 'canAssign' | 'canStart' | 'canComplete' | 'canScrap' | 'userRole'> {
  return {
    // Any team member is a possible technician, so the check is on the caller and the request.
    canAssign: allows(() => assertCanAssign(actor, request, new Set(request.teamId ? [request.teamId] : []))),
    canStart: allows(() => assertCanStart(actor, request)),
    canComplete: allows(() => assertCanComplete(actor, request, 1)),
    canScrap: allows(() => assertCanScrap(actor, request)),
    userRole: roleFor(actor, request),
  };
}

/** Overdue: the scheduled day has passed and the request is not Repaired or Scrap. */
export function isOverdue(request: Pick<WorkflowFacts, 'status' | 'scheduledDate'>, today: string): boolean {
  return (
    request.scheduledDate !== null &&
    request.scheduledDate < today &&
    request.status !== 'Repaired' &&
    request.status !== 'Scrap'
  );
}

/**
 * The scheduled day of the next occurrence of a recurring preventive request, or null when the
 * recurrence has ended. Monthly plans keep their day of month (`anchorDay`, the first occurrence's)
 * where the month has it, else its last day: Jan 31 → Feb 28 → Mar 31.
 */
export function nextOccurrence(
  scheduledDate: string,
  recurrence: { every: number; unit: RecurrenceUnit; until: string | null },
  anchorDay?: number | null,
): string | null {
  const [year, month, day] = scheduledDate.split('-').map(Number);
  let next: Date;
  if (recurrence.unit === 'month') {
    const target = new Date(Date.UTC(year, month - 1 + recurrence.every, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    next = new Date(
      Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(anchorDay ?? day, lastDay)),
    );
  } else {
    const days = recurrence.unit === 'week' ? recurrence.every * 7 : recurrence.every;
    next = new Date(Date.UTC(year, month - 1, day + days));
  }
  const iso = next.toISOString().slice(0, 10);
  return recurrence.until && iso > recurrence.until ? null : iso;
}
