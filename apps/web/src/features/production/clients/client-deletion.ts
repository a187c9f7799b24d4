import { ApiError } from '../../../lib/api-client';

/** The server's 409 for a client that still has projects: deleting needs `cascade=true`, asked for first. */
export function refusedForProjects(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && 'cascade' in error.fieldErrors;
}
