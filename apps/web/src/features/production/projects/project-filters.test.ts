import { describe, expect, it } from 'vitest';
import { withQuery } from '../../../lib/api-client';
import { PROJECT_FILTER_DEFAULTS, projectListParams } from './project-filters';

const queryString = (filters: Partial<typeof PROJECT_FILTER_DEFAULTS>, page = 1) =>
  withQuery('/production/projects', projectListParams({ ...PROJECT_FILTER_DEFAULTS, ...filters }, page, 25));

describe('project filters → list query', () => {
  it('sends only the sort and the page when nothing is filtered', () => {
    expect(queryString({})).toBe('/production/projects?sort=-createdAt&page=1&pageSize=25');
  });

  it('sends every filter that is set, as the API names it', () => {
    expect(
      queryString(
        {
          status: 'Quote & Approval',
          clientId: '6f1c1f0e-8c1e-4a4e-9a51-0f5a5d8f2b11',
          q: '  JB-2026 ',
          onHold: 'false',
          popDeadlineWithin: '7',
          overdue: 'true',
          sort: 'dueDate',
        },
        3,
      ),
    ).toBe(
      '/production/projects?status=Quote+%26+Approval&clientId=6f1c1f0e-8c1e-4a4e-9a51-0f5a5d8f2b11&q=JB-2026' +
        '&onHold=false&popDeadlineWithin=7&overdue=true&sort=dueDate&page=3&pageSize=25',
    );
  });

  it('passes days that are not a whole number on as typed, for the server to explain', () => {
    expect(projectListParams({ ...PROJECT_FILTER_DEFAULTS, popDeadlineWithin: '1.5' }, 1, 25)).toMatchObject({
      popDeadlineWithin: '1.5',
    });
    expect(projectListParams({ ...PROJECT_FILTER_DEFAULTS, popDeadlineWithin: ' 0 ' }, 1, 25)).toMatchObject({
      popDeadlineWithin: 0,
    });
  });
});
