import type {
  AcknowledgeAlarmInput,
  Alarm,
  AlarmCounts,
  AlarmListQuery,
  AlarmRule,
  AlarmRuleInput,
  OutboxPage,
  OutboxQuery,
  Page,
} from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const alarmsApi = {
  /** `state: 'open'` (the default) is the alarm list; `'all'` the history. */
  list: (query: AlarmListQuery) => apiRequest<Page<Alarm>>('/alarms', { query }),
  counts: () => apiRequest<AlarmCounts>('/alarms/counts'),
  get: (id: string) => apiRequest<Alarm>(`/alarms/${id}`),
  /** With the version seen: an alarm acknowledged (or changed) meanwhile is refused (409). */
  acknowledge: (id: string, input: AcknowledgeAlarmInput) =>
    apiRequest<Alarm>(`/alarms/${id}/acknowledge`, { method: 'POST', body: input }),
};

export const alarmRulesApi = {
  /** One rule per sensor; a sensor without a stored rule has the default one (version 0). */
  list: () => apiRequest<AlarmRule[]>('/alarm-rules'),
  get: (sensorId: string) => apiRequest<AlarmRule>(`/sensors/${sensorId}/alarm-rule`),
  /** With the version seen (0 for a default rule): a rule changed meanwhile is refused (409). */
  save: (sensorId: string, input: AlarmRuleInput) =>
    apiRequest<AlarmRule>(`/sensors/${sensorId}/alarm-rule`, { method: 'PUT', body: input }),
};

export const outboxApi = {
  list: (query: OutboxQuery) => apiRequest<OutboxPage>('/notifications/outbox', { query }),
};
