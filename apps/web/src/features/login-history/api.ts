import type { LoginAttempt, LoginAttemptQuery, LoginDaily, Page } from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const loginHistoryApi = {
  list: (query: LoginAttemptQuery) => apiRequest<Page<LoginAttempt>>('/login-attempts', { query }),
  daily: (days: number) => apiRequest<LoginDaily>('/login-attempts/daily', { query: { days } }),
};
