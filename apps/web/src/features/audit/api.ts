import type { AuditEntry, AuditQuery, Page } from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const auditApi = {
  list: (query: AuditQuery) => apiRequest<Page<AuditEntry>>('/audit', { query }),
};
