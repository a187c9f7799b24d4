import { PROJECT_STATUS_ACTIONS, PROJECT_STATUS_CHANGES, type ProjectStatus } from '@factoryops/contracts';
import { RuleViolationError } from '../../../common/domain-errors.js';

/** A status change the project's lifecycle does not allow: 400 naming both statuses (and the way there). */
export class InvalidProjectStatusError extends RuleViolationError {
  constructor(from: ProjectStatus, to: ProjectStatus) {
    const action = PROJECT_STATUS_ACTIONS[to];
    super(
      `A project cannot go from "${from}" to "${to}"${action && from !== to ? ` by a status change: ${action}` : ''}`,
      'status',
    );
  }
}

/** Whether `POST …/status` may take a project from `from` to `to` (see PROJECT_STATUS_CHANGES). */
export function canChangeStatus(from: ProjectStatus, to: ProjectStatus): boolean {
  return PROJECT_STATUS_CHANGES[from].includes(to);
}

export function assertStatusChange(from: ProjectStatus, to: ProjectStatus): void {
  if (!canChangeStatus(from, to)) throw new InvalidProjectStatusError(from, to);
}
