import type { LoginAttemptQuery } from '@factoryops/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { loginHistoryApi } from './api';

export const loginKeys = {
  all: ['logins'] as const,
  list: (query: LoginAttemptQuery) => [...loginKeys.all, 'list', query] as const,
  daily: (days: number) => [...loginKeys.all, 'daily', days] as const,
};

export const loginListQuery = (query: LoginAttemptQuery) =>
  queryOptions({
    queryKey: loginKeys.list(query),
    queryFn: () => loginHistoryApi.list(query),
    placeholderData: keepPreviousData,
  });

export const loginDailyQuery = (days: number) =>
  queryOptions({ queryKey: loginKeys.daily(days), queryFn: () => loginHistoryApi.daily(days) });
