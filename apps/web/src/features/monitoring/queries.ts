import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { monitoringApi } from './api';

export const monitoringKeys = {
  instruments: ['instruments'] as const,
  recent: (minutes: number) => ['readings', 'recent', minutes] as const,
};

/** Connection states also arrive live; the list is refreshed now and then for everything else. */
export const instrumentListQuery = queryOptions({
  queryKey: monitoringKeys.instruments,
  queryFn: monitoringApi.instruments,
  refetchInterval: 30_000,
});

export const recentReadingsQuery = (minutes: number) =>
  queryOptions({
    queryKey: monitoringKeys.recent(minutes),
    queryFn: () => monitoringApi.recent(minutes),
    staleTime: Infinity,
  });

export function useInstrumentCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      command,
    }: {
      id: string;
      command: 'connect' | 'disconnect' | 'reconnect' | 'connect-all';
    }): Promise<void> => {
      if (command === 'connect-all') await monitoringApi.connectAll();
      else await monitoringApi.command(id, command);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringKeys.instruments }),
  });
}
