import type {
  ChooseSageBusinessInput,
  Page,
  SageAuthorization,
  SageBusinessList,
  SageCallbackInput,
  SageStatus,
  SageSync,
  SageSyncCall,
} from '@factoryops/contracts';
import { apiRequest } from '../../../lib/api-client';

const SAGE = '/production/sage';

export const sageApi = {
  status: () => apiRequest<SageStatus>(SAGE),
  connect: () => apiRequest<SageAuthorization>(`${SAGE}/connect`, { method: 'POST' }),
  callback: (input: SageCallbackInput) =>
    apiRequest<SageStatus>(`${SAGE}/callback`, { method: 'POST', body: input }),
  businesses: () => apiRequest<SageBusinessList>(`${SAGE}/businesses`),
  chooseBusiness: (input: ChooseSageBusinessInput) =>
    apiRequest<SageStatus>(`${SAGE}/business`, { method: 'POST', body: input }),
  disconnect: () => apiRequest<SageStatus>(`${SAGE}/disconnect`, { method: 'POST' }),
  startSync: () => apiRequest<SageSync>(`${SAGE}/syncs`, { method: 'POST' }),
  syncs: (page: number, pageSize: number) =>
    apiRequest<Page<SageSync>>(`${SAGE}/syncs`, { query: { page, pageSize } }),
  calls: (syncId: string, page: number, pageSize: number) =>
    apiRequest<Page<SageSyncCall>>(`${SAGE}/syncs/${syncId}/calls`, { query: { page, pageSize } }),
};
