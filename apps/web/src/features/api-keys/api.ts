import type { ApiKey, CreateApiKeyInput, CreatedApiKey, Page } from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const apiKeysApi = {
  list: () => apiRequest<Page<ApiKey>>('/api-keys'),
  create: (input: CreateApiKeyInput) =>
    apiRequest<CreatedApiKey>('/api-keys', { method: 'POST', body: input }),
  revoke: (id: string) => apiRequest<void>(`/api-keys/${id}`, { method: 'DELETE' }),
};
