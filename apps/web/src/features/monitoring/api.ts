import type { SensorSeries } from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const monitoringApi = {
  recent: (minutes: number) =>
    apiRequest<{ items: SensorSeries[] }>('/readings/recent', { query: { minutes } }),
};
