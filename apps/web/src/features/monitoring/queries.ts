import { queryOptions } from '@tanstack/react-query';
import { monitoringApi } from './api';

export const monitoringKeys = {
  recent: (minutes: number) => ['readings', 'recent', minutes] as const,
};

export const recentReadingsQuery = (minutes: number) =>
  queryOptions({
    queryKey: monitoringKeys.recent(minutes),
    queryFn: () => monitoringApi.recent(minutes),
    staleTime: Number.POSITIVE_INFINITY,
  });
