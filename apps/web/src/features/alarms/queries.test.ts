import type { Alarm, Page } from '@factoryops/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { alarmKeys, alarmRuleKeys, applyAlarmEvent, outboxKeys } from './queries';
import { testAlarm } from './test-alarm';

const alarm = (id: string, state: Alarm['state'], version: number) => testAlarm({ id, state, version });

const OPEN = alarmKeys.list({ state: 'open', pageSize: 200 });
const HISTORY = alarmKeys.list({ state: 'all', page: 2 });

function client() {
  const queryClient = new QueryClient();
  queryClient.setQueryData<Page<Alarm>>(OPEN, {
    items: [alarm('a', 'active', 2), alarm('b', 'active', 1)],
    total: 2,
  });
  queryClient.setQueryData<Page<Alarm>>(HISTORY, { items: [alarm('c', 'closed', 4)], total: 26 });
  queryClient.setQueryData(alarmKeys.counts(), { active: 2, acknowledged: 0, cleared: 0 });
  queryClient.setQueryData(outboxKeys.list({ status: 'all' }), { items: [], total: 0 });
  queryClient.setQueryData(alarmRuleKeys.list(), []);
  return queryClient;
}

const states = (queryClient: QueryClient) =>
  queryClient.getQueryData<Page<Alarm>>(OPEN)?.items.map((a) => `${a.id}:${a.state}`);

describe('alarm:changed', () => {
  it('shows the change at once where the alarm is listed, and refetches lists, counts and the outbox', () => {
    const queryClient = client();
    applyAlarmEvent(queryClient, {
      alarm: alarm('a', 'acknowledged', 3),
      action: 'acknowledged',
      at: '2026-11-23T10:05:00Z',
    });
    expect(states(queryClient)).toEqual(['a:acknowledged', 'b:active']);
    expect(queryClient.getQueryData<Page<Alarm>>(HISTORY)?.items[0].id).toBe('c');
    for (const key of [OPEN, HISTORY, alarmKeys.counts(), outboxKeys.list({ status: 'all' })])
      expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(alarmRuleKeys.list())?.isInvalidated).toBe(false);
  });

  it('never puts an older version over a newer one (events may overtake a refetch)', () => {
    const queryClient = client();
    applyAlarmEvent(queryClient, {
      alarm: alarm('a', 'active', 1),
      action: 'level',
      at: '2026-11-23T10:01:00Z',
    });
    expect(queryClient.getQueryData<Page<Alarm>>(OPEN)?.items[0].version).toBe(2);
  });

  it('leaves a newly raised alarm to the refetch (it may belong on another page)', () => {
    const queryClient = client();
    applyAlarmEvent(queryClient, {
      alarm: alarm('new', 'active', 1),
      action: 'raised',
      at: '2026-11-23T10:02:00Z',
    });
    expect(states(queryClient)).toEqual(['a:active', 'b:active']);
    expect(queryClient.getQueryState(OPEN)?.isInvalidated).toBe(true);
  });
});
