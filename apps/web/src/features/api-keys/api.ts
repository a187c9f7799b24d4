import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const apiKeysApi = {
  list: () => apiRequest<{ items: ApiKey[]; total: number }>('/api-keys'),
  create: (input: CreateApiKeyInput) =>
    apiRequest<CreatedApiKey>('/api-keys', { method: 'POST', body: input }),
  revoke: (id: string) => apiRequest<void>(`/api-keys/${id}`, { method: 'DELETE' }),
};
