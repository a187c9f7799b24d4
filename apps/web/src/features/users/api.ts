import type {
  CreateUserInput,
  Page,
  ResetPasswordInput,
  UpdateUserInput,
  User,
  UserListQuery,
} from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const usersApi = {
  list: (query: UserListQuery) => apiRequest<Page<User>>('/users', { query }),
  create: (input: CreateUserInput) => apiRequest<User>('/users', { method: 'POST', body: input }),
  update: (id: string, input: UpdateUserInput) =>
    apiRequest<User>(`/users/${id}`, { method: 'PATCH', body: input }),
  resetPassword: (id: string, input: ResetPasswordInput) =>
    apiRequest<void>(`/users/${id}/password`, { method: 'POST', body: input }),
  revokeSessions: (id: string) => apiRequest<void>(`/users/${id}/sessions`, { method: 'DELETE' }),
};
