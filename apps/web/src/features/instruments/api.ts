import type {
  CreateInstrumentInput,
  Instrument,
  Sensor,
  TestConnectionInput,
  TestConnectionResult,
  UpdateInstrumentInput,
  UpdateSensorInput,
} from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export type ConnectionCommand = 'connect' | 'disconnect' | 'reconnect';

export const instrumentsApi = {
  list: () => apiRequest<{ items: Instrument[]; total: number }>('/instruments'),
  create: (input: CreateInstrumentInput) =>
    apiRequest<Instrument>('/instruments', { method: 'POST', body: input }),
  update: (id: string, input: UpdateInstrumentInput) =>
    apiRequest<Instrument>(`/instruments/${id}`, { method: 'PATCH', body: input }),
  retire: (id: string) => apiRequest<Instrument>(`/instruments/${id}/retire`, { method: 'POST' }),
  remove: (id: string) => apiRequest<void>(`/instruments/${id}`, { method: 'DELETE' }),
  updateSensor: (id: string, input: UpdateSensorInput) =>
    apiRequest<Sensor>(`/sensors/${id}`, { method: 'PATCH', body: input }),
  testConnection: (input: TestConnectionInput) =>
    apiRequest<TestConnectionResult>('/instruments/test-connection', { method: 'POST', body: input }),
  command: (id: string, command: ConnectionCommand) =>
    apiRequest<Instrument>(`/instruments/${id}/${command}`, { method: 'POST' }),
  connectAll: () =>
    apiRequest<{ items: Instrument[]; total: number }>('/instruments/connect-all', { method: 'POST' }),
};
