import type { SageStatus, SageSync } from '@factoryops/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { productionKeys } from '../queries';
import { applySageEvent, sageKeys } from './queries';

const sync = (id: string, state: SageSync['state'] = 'running'): SageSync => ({
  id,
  state,
  done: 0,
  total: 0,
  requestedBy: 'Ada Admin',
  error: null,
  result: null,
  calls: 0,
  createdAt: '2026-01-01T10:00:00.000Z',
  finishedAt: null,
});
const status = (lastSync: SageSync | null): SageStatus => ({
  configured: true,
  connected: true,
  connectedAt: '2026-01-01T09:00:00.000Z',
  connectedBy: 'Ada Admin',
  business: { id: 'b1', name: 'Laser OS' },
  lastSync,
});
const event = (syncId: string | null, state: SageSync['state'] | null, done = 0, total = 0) => ({
  syncId,
  state,
  done,
  total,
  at: '2026-01-01T10:00:01.000Z',
});

function clientWith(lastSync: SageSync | null) {
  const client = new QueryClient();
  client.setQueryData(sageKeys.status(), status(lastSync));
  client.setQueryData(sageKeys.syncs(1, 10), { items: lastSync ? [lastSync] : [], total: lastSync ? 1 : 0 });
  client.setQueryData([...productionKeys.all, 'clients', {}], { items: [], total: 0 });
  return client;
}
const stale = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;

describe('applySageEvent', () => {
  it('puts a running sync’s progress into the status and the list, refetching nothing', () => {
    const client = clientWith(sync('s1'));
    applySageEvent(client, event('s1', 'running', 3, 7));
    expect(client.getQueryData<SageStatus>(sageKeys.status())?.lastSync).toMatchObject({ done: 3, total: 7 });
    expect(client.getQueryData<{ items: SageSync[] }>(sageKeys.syncs(1, 10))?.items[0]).toMatchObject({
      done: 3,
      total: 7,
    });
    expect(stale(client, sageKeys.status())).toBe(false);
  });

  it('refetches all of production when a sync ends (clients made, invoices paid)', () => {
    const client = clientWith(sync('s1'));
    applySageEvent(client, event('s1', 'done', 7, 7));
    expect(stale(client, sageKeys.status())).toBe(true);
    expect(stale(client, [...productionKeys.all, 'clients', {}])).toBe(true);
  });

  it('refetches for a sync the page does not show yet, and for a connection change', () => {
    const client = clientWith(sync('s1', 'done'));
    applySageEvent(client, event('s2', 'queued'));
    expect(stale(client, sageKeys.status())).toBe(true);
    const other = clientWith(null);
    applySageEvent(other, event(null, null));
    expect(stale(other, sageKeys.status())).toBe(true);
  });
});
