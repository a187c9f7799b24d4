import {
  type AcknowledgeAlarmInput,
  type Alarm,
  type AlarmChangedEvent,
  type AlarmListQuery,
  type AlarmRuleInput,
  type OutboxQuery,
  PAGE_SIZE_MAX,
  type Page,
} from '@factoryops/contracts';
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { alarmRulesApi, alarmsApi, outboxApi } from './api';

/** Everything under `alarms` is refetched after an acknowledgement or an `alarm:changed` event. */
export const alarmKeys = {
  all: ['alarms'] as const,
  lists: () => [...alarmKeys.all, 'list'] as const,
  list: (query: AlarmListQuery) => [...alarmKeys.lists(), query] as const,
  recent: (query: AlarmListQuery) => [...alarmKeys.all, 'recent', query] as const,
  counts: () => [...alarmKeys.all, 'counts'] as const,
};

export const alarmRuleKeys = {
  all: ['alarm-rules'] as const,
  list: () => [...alarmRuleKeys.all, 'list'] as const,
  rule: (sensorId: string) => [...alarmRuleKeys.all, 'rule', sensorId] as const,
};

/** Mails are queued when alarms are raised, go up a level or escalate, so alarm events refetch them too. */
export const outboxKeys = {
  all: ['outbox'] as const,
  list: (query: OutboxQuery) => [...outboxKeys.all, query] as const,
};

export const alarmListQuery = (query: AlarmListQuery) =>
  queryOptions({
    queryKey: alarmKeys.list(query),
    queryFn: () => alarmsApi.list(query),
    placeholderData: keepPreviousData,
  });

/**
 * The open alarms (not closed), as many as a page holds: the alarm list sorts them itself. Changes of
 * state arrive live; the worst value grows without an event, so the list is also refetched now and then.
 */
export const openAlarmsQuery = queryOptions({
  ...alarmListQuery({ state: 'open', pageSize: PAGE_SIZE_MAX }),
  refetchInterval: 30_000,
});

const RECENT_PAGES = 5;

/**
 * Every alarm matching the filters (no paging), for the alarms-per-day chart: up to five pages of the
 * largest size; `complete` says whether that was all of them.
 */
export const recentAlarmsQuery = (query: Omit<AlarmListQuery, 'page' | 'pageSize'>) =>
  queryOptions({
    queryKey: alarmKeys.recent(query),
    queryFn: async () => {
      const items: Alarm[] = [];
      let total = 0;
      for (let page = 1; page <= RECENT_PAGES; page += 1) {
        const answer = await alarmsApi.list({ ...query, page, pageSize: PAGE_SIZE_MAX });
        items.push(...answer.items);
        total = answer.total;
        if (items.length >= total || answer.items.length < PAGE_SIZE_MAX) break;
      }
      return { items, total, complete: items.length >= total };
    },
    placeholderData: keepPreviousData,
  });

/** For the navigation badge and the dashboard; live through `alarm:changed`, refetched now and then too. */
export const alarmCountsQuery = queryOptions({
  queryKey: alarmKeys.counts(),
  queryFn: alarmsApi.counts,
  refetchInterval: 60_000,
});

export const alarmRulesQuery = queryOptions({
  queryKey: alarmRuleKeys.list(),
  queryFn: alarmRulesApi.list,
});

export const alarmRuleQuery = (sensorId: string) =>
  queryOptions({ queryKey: alarmRuleKeys.rule(sensorId), queryFn: () => alarmRulesApi.get(sensorId) });

/** No event announces a mail sent or a failed attempt, so an open outbox asks again every few seconds. */
export const outboxQuery = (query: OutboxQuery) =>
  queryOptions({
    queryKey: outboxKeys.list(query),
    queryFn: () => outboxApi.list(query),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });

/** The alarm as it is now in every cached list that shows it (an older version never replaces a newer). */
export function putAlarm(queryClient: QueryClient, alarm: Alarm): void {
  for (const [queryKey, data] of queryClient.getQueriesData<Page<Alarm>>({ queryKey: alarmKeys.lists() })) {
    if (!data?.items.some((item) => item.id === alarm.id && item.version <= alarm.version)) continue;
    queryClient.setQueryData<Page<Alarm>>(queryKey, {
      ...data,
      items: data.items.map((item) => (item.id === alarm.id ? alarm : item)),
    });
  }
}

/**
 * An `alarm:changed` event: the alarm changes at once where it is shown, then every alarm list, the
 * counts and the outbox refetch (a raised alarm may belong on a page it is not on yet, a closed one
 * leaves the open list, and mails are queued).
 */
export function applyAlarmEvent(queryClient: QueryClient, event: AlarmChangedEvent): void {
  putAlarm(queryClient, event.alarm);
  void queryClient.invalidateQueries({ queryKey: alarmKeys.all });
  void queryClient.invalidateQueries({ queryKey: outboxKeys.all });
}

export const useAcknowledgeAlarm = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: AcknowledgeAlarmInput }) =>
      alarmsApi.acknowledge(id, input),
    onSuccess: (alarm) => putAlarm(queryClient, alarm),
    // A refusal (acknowledged by someone else meanwhile) refetches too, so the list shows the truth.
    onSettled: () => queryClient.invalidateQueries({ queryKey: alarmKeys.all }),
  });
};

export const useSaveAlarmRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sensorId, input }: { sensorId: string; input: AlarmRuleInput }) =>
      alarmRulesApi.save(sensorId, input),
    onSuccess: (rule) => queryClient.setQueryData(alarmRuleKeys.rule(rule.sensorId), rule),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alarmRuleKeys.all }),
  });
};
