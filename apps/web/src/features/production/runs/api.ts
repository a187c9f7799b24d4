import type {
  CreateLaserRunInput,
  LaserRun,
  LaserRunListQuerySchema,
  Me,
  OperatorDetail,
  Page,
  ProductionDashboard,
} from '@factoryops/contracts';
import { apiRequest } from '../../../lib/api-client';
import type { SchemaInput } from '../../../lib/schema-input';

export type LaserRunListQuery = SchemaInput<typeof LaserRunListQuerySchema>;

export const laserRunsApi = {
  list: (query: LaserRunListQuery) => apiRequest<Page<LaserRun>>('/production/laser-runs', { query }),
  create: (input: CreateLaserRunInput) =>
    apiRequest<LaserRun>('/production/laser-runs', { method: 'POST', body: input }),
  remove: (id: string) => apiRequest<void>(`/production/laser-runs/${id}`, { method: 'DELETE' }),
  operator: (id: string) => apiRequest<OperatorDetail>(`/production/operators/${id}`),
  dashboard: () => apiRequest<ProductionDashboard>('/production/dashboard'),
  /** Who is signed in, with the operator the account is: the run form preselects it. */
  me: () => apiRequest<Me>('/auth/me'),
};
