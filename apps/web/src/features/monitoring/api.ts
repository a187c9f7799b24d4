import type { Instrument, SensorSeries } from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const monitoringApi = {
  instruments: () => apiRequest<{ items: Instrument[]; total: number }>('/instruments'),
  recent: (minutes: number) =>
    apiRequest<{ items: SensorSeries[] }>('/readings/recent', { query: { minutes } }),
  command: (id: string, command: 'connect' | 'disconnect' | 'reconnect') =>
    apiRequest<Instrument>(`/instruments/${id}/${command}`, { method: 'POST' }),
  connectAll: () =>
    apiRequest<{ items: Instrument[]; total: number }>('/instruments/connect-all', { method: 'POST' }),
};
