import {
  POP_ELIGIBLE_STATUSES,
  PROJECT_STATUS_ACTIONS,
  PROJECT_STATUS_CHANGES,
  PROJECT_STATUSES,
  type Project,
  type ProjectStatus,
} from '@factoryops/contracts';

/** The statuses a status change may take a project to from `status` (the server's own table). */
export function statusChoices(status: ProjectStatus): readonly ProjectStatus[] {
  return PROJECT_STATUS_CHANGES[status];
}

/**
 * The next status of the lifecycle that is reached by an action rather than a status change, with that
 * action ("start its queue item"), so the page can say how to get there; none once the work is over.
 */
export function nextStepByAction(status: ProjectStatus): { status: ProjectStatus; action: string } | null {
  const later = PROJECT_STATUSES.slice(PROJECT_STATUSES.indexOf(status) + 1);
  const next = later.find((candidate) => PROJECT_STATUS_ACTIONS[candidate]);
  const action = next && PROJECT_STATUS_ACTIONS[next];
  return next && action && !statusChoices(status).includes(next) ? { status: next, action } : null;
}

/** Whether a proof of payment may arrive for the project: not yet received, and not approved yet. */
export function canMarkPop(project: Pick<Project, 'status' | 'popReceived'>): boolean {
  return !project.popReceived && POP_ELIGIBLE_STATUSES.includes(project.status);
}
