import type {
  PopInput,
  ProjectStatus,
  QueueAction,
  QueueReorderInput,
  UpdateClientInput,
  UpdateOperatorInput,
  UpdatePresetInput,
  UpdateProjectInput,
  UpdateQueueItemInput,
} from '@factoryops/contracts';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ClientListQuery,
  clientsApi,
  type OperatorListQuery,
  operatorsApi,
  type PresetListQuery,
  type ProjectListQuery,
  presetsApi,
  projectsApi,
  type QueueScope,
  queueApi,
} from './api';

/**
 * Everything under `production` is refetched after a change here or a production event on `/ops`
 * (`production:queue`, `production:runs`, `production:changed`): a queue move changes its project's status,
 * a project change shows in its client's list, and so on.
 */
export const productionKeys = {
  all: ['production'] as const,
  clients: (query: ClientListQuery) => [...productionKeys.all, 'clients', query] as const,
  client: (id: string) => [...productionKeys.all, 'client', id] as const,
  projects: (query: ProjectListQuery) => [...productionKeys.all, 'projects', query] as const,
  project: (id: string) => [...productionKeys.all, 'project', id] as const,
  queue: (scope: QueueScope) => [...productionKeys.all, 'queue', scope] as const,
  presets: (query: PresetListQuery) => [...productionKeys.all, 'presets', query] as const,
  operators: (query: OperatorListQuery) => [...productionKeys.all, 'operators', query] as const,
};

export const clientListQuery = (query: ClientListQuery) =>
  queryOptions({
    queryKey: productionKeys.clients(query),
    queryFn: () => clientsApi.list(query),
    placeholderData: keepPreviousData,
  });

/** The clients to choose a project's client from (the API's largest page, by name). */
export const clientChoicesQuery = clientListQuery({ pageSize: 200, sort: 'name' });

export const clientQuery = (id: string) =>
  queryOptions({ queryKey: productionKeys.client(id), queryFn: () => clientsApi.get(id) });

export const projectListQuery = (query: ProjectListQuery) =>
  queryOptions({
    queryKey: productionKeys.projects(query),
    queryFn: () => projectsApi.list(query),
    placeholderData: keepPreviousData,
  });

export const projectQuery = (id: string) =>
  queryOptions({ queryKey: productionKeys.project(id), queryFn: () => projectsApi.get(id) });

export const queueQuery = (scope: QueueScope) =>
  queryOptions({
    queryKey: productionKeys.queue(scope),
    queryFn: () => queueApi.list(scope),
    placeholderData: keepPreviousData,
  });

export const presetListQuery = (query: PresetListQuery) =>
  queryOptions({
    queryKey: productionKeys.presets(query),
    queryFn: () => presetsApi.list(query),
    placeholderData: keepPreviousData,
  });

export const operatorListQuery = (query: OperatorListQuery) =>
  queryOptions({
    queryKey: productionKeys.operators(query),
    queryFn: () => operatorsApi.list(query),
    placeholderData: keepPreviousData,
  });

/** A refused call refetches too, so every page shows what the server holds now. */
export function useProductionMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: productionKeys.all }),
  });
}

export const useCreateClient = () => useProductionMutation(clientsApi.create);
export const useUpdateClient = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateClientInput }) =>
    clientsApi.update(id, input),
  );
export const useDeleteClient = () =>
  useProductionMutation(({ id, cascade }: { id: string; cascade: boolean }) =>
    clientsApi.remove(id, cascade),
  );

export const useCreateProject = () => useProductionMutation(projectsApi.create);
export const useUpdateProject = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateProjectInput }) =>
    projectsApi.update(id, input),
  );
export const useChangeProjectStatus = () =>
  useProductionMutation(({ id, ...input }: { id: string; status: ProjectStatus; version: number }) =>
    projectsApi.changeStatus(id, input),
  );
export const useMarkPop = () =>
  useProductionMutation(({ id, ...input }: { id: string } & PopInput) => projectsApi.markPop(id, input));

export const useReorderQueue = () =>
  useProductionMutation((input: QueueReorderInput) => queueApi.reorder(input));
export const useUpdateQueueItem = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateQueueItemInput }) =>
    queueApi.update(id, input),
  );
export const useQueueAction = () =>
  useProductionMutation(({ id, action, version }: { id: string; action: QueueAction; version: number }) =>
    queueApi.act(id, action, version),
  );

export const useCreatePreset = () => useProductionMutation(presetsApi.create);
export const useUpdatePreset = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdatePresetInput }) =>
    presetsApi.update(id, input),
  );

export const useCreateOperator = () => useProductionMutation(operatorsApi.create);
export const useUpdateOperator = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateOperatorInput }) =>
    operatorsApi.update(id, input),
  );
