import type { Analytics, AnalyticsQuery } from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const analyticsApi = {
  /** Figures over every raw reading of the range: long ranges take a few seconds. */
  analytics: (query: AnalyticsQuery, signal?: AbortSignal) =>
    apiRequest<Analytics>('/analytics', { query, signal }),
};
