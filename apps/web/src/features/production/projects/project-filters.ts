import type { PROJECT_SORTS, ProjectStatus } from '@factoryops/contracts';
import type { ProjectListQuery } from '../api';

/** The project list's filters as the address keeps them: text, '' for "any". */
export type ProjectFilters = {
  status: ProjectStatus | '';
  clientId: string;
  q: string;
  onHold: '' | 'true' | 'false';
  /** Days, as typed. */
  popDeadlineWithin: string;
  overdue: '' | 'true';
  sort: (typeof PROJECT_SORTS)[number];
};

export const PROJECT_FILTER_DEFAULTS: ProjectFilters = {
  status: '',
  clientId: '',
  q: '',
  onHold: '',
  popDeadlineWithin: '',
  overdue: '',
  sort: '-createdAt',
};

/**
 * The list's query for these filters: a filter left at "any" is not sent. Days that are not a whole
 * number are sent as typed, so that the server's message about them shows beside the field.
 */
export function projectListParams(filters: ProjectFilters, page: number, pageSize: number): ProjectListQuery {
  const days = filters.popDeadlineWithin.trim();
  return {
    status: filters.status || undefined,
    clientId: filters.clientId || undefined,
    q: filters.q.trim() || undefined,
    onHold: filters.onHold || undefined,
    popDeadlineWithin: days === '' ? undefined : /^\d+$/.test(days) ? Number(days) : days,
    overdue: filters.overdue || undefined,
    sort: filters.sort,
    page,
    pageSize,
  };
}
