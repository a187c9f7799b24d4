import type {
  CreateFaultInput,
  KpiQuery,
  MachineListQuery,
  RequestListQuery,
  UpdateMachineInput,
  UpdateTeamInput,
} from '@factoryops/contracts';
import {
  keepPreviousData,
  queryOptions,
  skipToken,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { readAsDataUrl } from '../../lib/read-as-data-url';
import { saveFile } from '../../lib/save-file';
import {
  kpisApi,
  machinesApi,
  requestsApi,
  type TransitionInputs,
  type TransitionName,
  teamsApi,
} from './api';

/** Everything under `maintenance` is refetched after a change here or a `maintenance:changed` event. */
export const maintenanceKeys = {
  all: ['maintenance'] as const,
  requests: (query: RequestListQuery) => [...maintenanceKeys.all, 'requests', query] as const,
  request: (id: string) => [...maintenanceKeys.all, 'request', id] as const,
  actions: (id: string) => [...maintenanceKeys.request(id), 'actions'] as const,
  state: (id: string) => [...maintenanceKeys.request(id), 'state'] as const,
  machines: (query: MachineListQuery) => [...maintenanceKeys.all, 'machines', query] as const,
  summary: () => [...maintenanceKeys.all, 'machines', 'summary'] as const,
  history: (id: string) => [...maintenanceKeys.all, 'machine', id, 'history'] as const,
  teams: () => [...maintenanceKeys.all, 'teams'] as const,
  people: () => [...maintenanceKeys.all, 'people'] as const,
  kpis: (query: KpiQuery | null) => [...maintenanceKeys.all, 'kpis', query] as const,
};

export const requestListQuery = (query: RequestListQuery) =>
  queryOptions({
    queryKey: maintenanceKeys.requests(query),
    queryFn: () => requestsApi.list(query),
    placeholderData: keepPreviousData,
  });

/** Preventive work scheduled from one day to another (both included), for the calendar. */
export const scheduledWorkQuery = (scheduledFrom: string, scheduledTo: string) =>
  requestListQuery({ type: 'Preventive', scheduledFrom, scheduledTo, pageSize: 500 });

export const requestQuery = (id: string) =>
  queryOptions({ queryKey: maintenanceKeys.request(id), queryFn: () => requestsApi.get(id) });

/** What the signed-in user may do with a request now; buttons follow it, the server decides. */
export const requestActionsQuery = (id: string) =>
  queryOptions({ queryKey: maintenanceKeys.actions(id), queryFn: () => requestsApi.actions(id) });

export const workflowStateQuery = (id: string) =>
  queryOptions({ queryKey: maintenanceKeys.state(id), queryFn: () => requestsApi.state(id) });

export const machineListQuery = (query: MachineListQuery) =>
  queryOptions({
    queryKey: maintenanceKeys.machines(query),
    queryFn: () => machinesApi.list(query),
    placeholderData: keepPreviousData,
  });

/** Every machine in service, for pickers and filters. */
export const machineChoicesQuery = machineListQuery({ pageSize: 500, archived: 'false' });

export const machineSummaryQuery = queryOptions({
  queryKey: maintenanceKeys.summary(),
  queryFn: machinesApi.summary,
});

export const machineHistoryQuery = (id: string) =>
  queryOptions({ queryKey: maintenanceKeys.history(id), queryFn: () => machinesApi.history(id) });

/**
 * A photo, fetched with the session's token (the API serves them to signed-in users only) as a
 * `data:` URL, which the page's Content-Security-Policy allows for images. Photos never change
 * once stored, so they are not refetched when maintenance data changes.
 */
export const imageQuery = (url: string) =>
  queryOptions({
    queryKey: ['maintenance-image', url] as const,
    queryFn: async () => readAsDataUrl(await requestsApi.image(url)),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The KPI report; `null` (a range not chosen yet) asks for nothing. */
export const kpiReportQuery = (query: KpiQuery | null) =>
  queryOptions({
    queryKey: maintenanceKeys.kpis(query),
    queryFn: query ? () => kpisApi.report(query) : skipToken,
    placeholderData: keepPreviousData,
  });

/** Saves the KPI report as the server writes it in CSV; reading changes nothing, so nothing is refetched. */
export const useKpiCsvDownload = () =>
  useMutation({
    mutationFn: async (query: KpiQuery) => saveFile(await kpisApi.csv(query), 'maintenance-kpis.csv'),
  });

export const teamListQuery = queryOptions({ queryKey: maintenanceKeys.teams(), queryFn: teamsApi.list });

export const peopleQuery = queryOptions({
  queryKey: maintenanceKeys.people(),
  queryFn: teamsApi.people,
  staleTime: 5 * 60_000,
});

function useMaintenanceMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: maintenanceKeys.all }),
  });
}

export type TransitionCall = {
  [T in TransitionName]: { id: string; name: T; input: TransitionInputs[T] };
}[TransitionName];

/** Assign, start, complete or scrap; a refused call is refetched too, so the board shows the truth. */
export const useRequestTransition = () =>
  useMaintenanceMutation((call: TransitionCall) => requestsApi.transition(call.id, call.name, call.input));
export const useAddImage = () =>
  useMaintenanceMutation(({ id, file }: { id: string; file: File }) => requestsApi.addImage(id, file));
export const useCreateRequest = () => useMaintenanceMutation(requestsApi.create);
export const useAddNote = () =>
  useMaintenanceMutation(({ id, body }: { id: string; body: string }) => requestsApi.addNote(id, { body }));

export const useCreateMachine = () => useMaintenanceMutation(machinesApi.create);
export const useUpdateMachine = () =>
  useMaintenanceMutation(({ id, input }: { id: string; input: UpdateMachineInput }) =>
    machinesApi.update(id, input),
  );
export const useArchiveMachine = () => useMaintenanceMutation(machinesApi.archive);
export const useDeleteMachine = () => useMaintenanceMutation(machinesApi.remove);
export const useClearWarning = () =>
  useMaintenanceMutation(({ machineId, warningId }: { machineId: string; warningId: string }) =>
    machinesApi.clearWarning(machineId, warningId),
  );
export const useReportFault = () =>
  useMaintenanceMutation(({ machineId, input }: { machineId: string; input: CreateFaultInput }) =>
    machinesApi.reportFault(machineId, input),
  );

export const useCreateTeam = () => useMaintenanceMutation(teamsApi.create);
export const useUpdateTeam = () =>
  useMaintenanceMutation(({ id, input }: { id: string; input: UpdateTeamInput }) =>
    teamsApi.update(id, input),
  );
export const useDeleteTeam = () => useMaintenanceMutation(teamsApi.remove);
