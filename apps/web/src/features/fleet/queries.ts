import type { JsonTemplateListQuery, UpdateJsonTemplateInput } from '@factoryops/contracts';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { templatesApi } from './api';

/** Everything under `fleet` is refetched after a change here or `fleet:changed` on `/ops`. */
export const fleetKeys = {
  all: ['fleet'] as const,
  templates: (query: JsonTemplateListQuery) => [...fleetKeys.all, 'templates', query] as const,
};

export const templateListQuery = (query: JsonTemplateListQuery) =>
  queryOptions({
    queryKey: fleetKeys.templates(query),
    queryFn: () => templatesApi.list(query),
    placeholderData: keepPreviousData,
  });

/** A fleet change; every fleet query is stale once it succeeds. */
function useFleetMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fleetKeys.all }),
  });
}

export const useCreateTemplate = () => useFleetMutation(templatesApi.create);
export const useUpdateTemplate = () =>
  useFleetMutation(({ id, input }: { id: string; input: UpdateJsonTemplateInput }) =>
    templatesApi.update(id, input),
  );
export const useDeleteTemplate = () => useFleetMutation(templatesApi.remove);
