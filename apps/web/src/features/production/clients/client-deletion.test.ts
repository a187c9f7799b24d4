import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { refusedForProjects } from './client-deletion';

describe('deleting a client', () => {
  it('asks to delete the projects too when the server refuses because of them', () => {
    const error = new ApiError({
      status: 409,
      title: 'Conflict',
      detail: 'This client has 2 projects: delete with cascade=true to delete them too',
      errors: [{ path: 'cascade', message: 'This client has 2 projects' }],
    });
    expect(refusedForProjects(error)).toBe(true);
  });

  it.each([
    [
      'a stale version',
      new ApiError({ status: 409, title: 'Conflict', errors: [{ path: 'version', message: 'Changed' }] }),
    ],
    ['an unknown client', new ApiError({ status: 404, title: 'Not found' })],
    ['a lost connection', new ApiError({ status: 0, title: 'Network error' })],
    ['no error', null],
  ])('shows %s as it is, without offering the cascade', (_, error) => {
    expect(refusedForProjects(error)).toBe(false);
  });
});
