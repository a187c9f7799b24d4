import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { productionKeys, useProductionMutation } from '../queries';
import { type LaserRunListQuery, laserRunsApi } from './api';

const runKeys = {
  list: (query: LaserRunListQuery) => [...productionKeys.all, 'laser-runs', query] as const,
  operator: (id: string) => [...productionKeys.all, 'operator', id] as const,
  dashboard: () => [...productionKeys.all, 'dashboard'] as const,
};

export const laserRunListQuery = (query: LaserRunListQuery) =>
  queryOptions({
    queryKey: runKeys.list(query),
    queryFn: () => laserRunsApi.list(query),
    placeholderData: keepPreviousData,
  });
export const operatorDetailQuery = (id: string) =>
  queryOptions({ queryKey: runKeys.operator(id), queryFn: () => laserRunsApi.operator(id) });
export const productionDashboardQuery = queryOptions({
  queryKey: runKeys.dashboard(),
  queryFn: laserRunsApi.dashboard,
});
export const meQuery = queryOptions({ queryKey: ['auth', 'me'] as const, queryFn: laserRunsApi.me });

export const useLogRun = () => useProductionMutation(laserRunsApi.create);
export const useDeleteRun = () => useProductionMutation(laserRunsApi.remove);
