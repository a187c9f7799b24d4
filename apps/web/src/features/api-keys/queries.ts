import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiKeysApi } from './api';

export const apiKeyKeys = { all: ['api-keys'] as const };

export const apiKeyListQuery = queryOptions({ queryKey: apiKeyKeys.all, queryFn: apiKeysApi.list });

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiKeysApi.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiKeysApi.revoke,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
