import type { Page, SageChangedEvent, SageStatus, SageSync } from '@factoryops/contracts';
import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import { productionKeys, useProductionMutation } from '../queries';
import { sageApi } from './api';

/** Under `production`: a sync's clients and invoice statuses show on the other production pages. */
export const sageKeys = {
  all: [...productionKeys.all, 'sage'] as const,
  status: () => [...sageKeys.all, 'status'] as const,
  businesses: () => [...sageKeys.all, 'businesses'] as const,
  syncs: (page: number, pageSize: number) => [...sageKeys.all, 'syncs', page, pageSize] as const,
  calls: (syncId: string, page: number, pageSize: number) =>
    [...sageKeys.all, 'calls', syncId, page, pageSize] as const,
};

export const sageStatusQuery = queryOptions({ queryKey: sageKeys.status(), queryFn: sageApi.status });
export const sageBusinessesQuery = queryOptions({
  queryKey: sageKeys.businesses(),
  queryFn: sageApi.businesses,
  staleTime: 60_000,
});
export const sageSyncsQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: sageKeys.syncs(page, pageSize),
    queryFn: () => sageApi.syncs(page, pageSize),
    placeholderData: keepPreviousData,
  });
export const sageCallsQuery = (syncId: string, page: number, pageSize: number) =>
  queryOptions({
    queryKey: sageKeys.calls(syncId, page, pageSize),
    queryFn: () => sageApi.calls(syncId, page, pageSize),
    placeholderData: keepPreviousData,
  });

export const useConnectSage = () => useProductionMutation(sageApi.connect);
export const useSageCallback = () => useProductionMutation(sageApi.callback);
export const useChooseSageBusiness = () => useProductionMutation(sageApi.chooseBusiness);
export const useDisconnectSage = () => useProductionMutation(sageApi.disconnect);
export const useStartSageSync = () => useProductionMutation(sageApi.startSync);

const withProgress = (sync: SageSync, event: SageChangedEvent): SageSync =>
  sync.id === event.syncId && event.state
    ? { ...sync, state: event.state, done: event.done, total: event.total }
    : sync;

/**
 * `production:sage`: the progress of the sync the page shows goes straight into the status and the sync
 * list; anything else (a new sync, one that ended, the connection changed) refetches all of production —
 * a sync creates clients and marks invoices paid.
 */
export function applySageEvent(queryClient: QueryClient, event: SageChangedEvent): void {
  const shown = queryClient.getQueryData<SageStatus>(sageKeys.status())?.lastSync;
  const running = event.state === 'queued' || event.state === 'running';
  if (!running || !shown || shown.id !== event.syncId) {
    void queryClient.invalidateQueries({ queryKey: productionKeys.all });
    return;
  }
  queryClient.setQueryData<SageStatus>(sageKeys.status(), (status) =>
    status?.lastSync ? { ...status, lastSync: withProgress(status.lastSync, event) } : status,
  );
  for (const [queryKey, page] of queryClient.getQueriesData<Page<SageSync>>({
    queryKey: [...sageKeys.all, 'syncs'],
  }))
    if (page)
      queryClient.setQueryData(queryKey, {
        ...page,
        items: page.items.map((sync) => withProgress(sync, event)),
      });
}
