import type { RoleMatrix } from '@factoryops/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export const roleKeys = { matrix: ['roles', 'matrix'] as const };

/** The role/permission matrix is fixed in code on the server: fetched once per session. */
export const roleMatrixQuery = queryOptions({
  queryKey: roleKeys.matrix,
  queryFn: () => apiRequest<RoleMatrix>('/roles'),
  staleTime: Number.POSITIVE_INFINITY,
});
