import type { UpdateInstrumentInput, UpdateSensorInput } from '@factoryops/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ConnectionCommand, instrumentsApi } from './api';

export const instrumentKeys = { all: ['instruments'] as const };

/** Connection states also arrive live; the list is refreshed now and then for everything else. */
export const instrumentListQuery = queryOptions({
  queryKey: instrumentKeys.all,
  queryFn: instrumentsApi.list,
  refetchInterval: 30_000,
});

function useInstrumentMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.all }),
  });
}

export const useCreateInstrument = () => useInstrumentMutation(instrumentsApi.create);
export const useUpdateInstrument = () =>
  useInstrumentMutation(({ id, input }: { id: string; input: UpdateInstrumentInput }) =>
    instrumentsApi.update(id, input),
  );
export const useRetireInstrument = () => useInstrumentMutation(instrumentsApi.retire);
export const useDeleteInstrument = () => useInstrumentMutation(instrumentsApi.remove);
export const useUpdateSensor = () =>
  useInstrumentMutation(({ id, input }: { id: string; input: UpdateSensorInput }) =>
    instrumentsApi.updateSensor(id, input),
  );
export const useInstrumentCommand = () =>
  useInstrumentMutation(
    async ({ id, command }: { id: string; command: ConnectionCommand | 'connect-all' }) => {
      if (command === 'connect-all') await instrumentsApi.connectAll();
      else await instrumentsApi.command(id, command);
    },
  );
export const useTestConnection = () => useMutation({ mutationFn: instrumentsApi.testConnection });
