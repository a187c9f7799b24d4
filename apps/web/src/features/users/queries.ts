import type { UserListQuery } from '@factoryops/contracts';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserInput } from '@factoryops/contracts';
import { usersApi } from './api';

export const userKeys = {
  all: ['users'] as const,
  list: (query: UserListQuery) => [...userKeys.all, 'list', query] as const,
};

export const userListQuery = (query: UserListQuery) =>
  queryOptions({
    queryKey: userKeys.list(query),
    queryFn: () => usersApi.list(query),
    placeholderData: keepPreviousData,
  });

function useUserMutation<TInput>(mutationFn: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export const useCreateUser = () => useUserMutation(usersApi.create);
export const useUpdateUser = () =>
  useUserMutation(({ id, input }: { id: string; input: UpdateUserInput }) => usersApi.update(id, input));
export const useResetPassword = () =>
  useUserMutation(({ id, password }: { id: string; password: string }) =>
    usersApi.resetPassword(id, { password }),
  );
export const useRevokeSessions = () => useUserMutation(usersApi.revokeSessions);
