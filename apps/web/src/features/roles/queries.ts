import type { RoleMatrix } from '@factoryops/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export const roleMatrixQuery = queryOptions({
  queryKey: ['roles'],
  queryFn: () => apiRequest<RoleMatrix>('/roles'),
  staleTime: Number.POSITIVE_INFINITY,
});
