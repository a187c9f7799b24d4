import type { AuditQuery } from '@factoryops/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditApi } from './api';

export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, 'list', query] as const,
};

export const auditListQuery = (query: AuditQuery) =>
  queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: () => auditApi.list(query),
    placeholderData: keepPreviousData,
  });
