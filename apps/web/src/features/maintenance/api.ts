import type {
  AddNoteInput,
  AssignInput,
  CompleteInput,
  CreateFaultInput,
  CreateMachineInput,
  CreateRequestInput,
  CreateTeamInput,
  KpiQuery,
  KpiReport,
  Machine,
  MachineHistory,
  MachineListQuery,
  MachineSummary,
  MaintenanceRequest,
  MaintenanceRequestSummary,
  Page,
  PersonRef,
  RequestActions,
  RequestListQuery,
  ScrapInput,
  StartInput,
  Team,
  UpdateMachineInput,
  UpdateTeamInput,
  WorkflowState,
} from '@factoryops/contracts';
import { apiBlob, apiRequest } from '../../lib/api-client';

/** The workflow endpoints of a request, by the name of their last path segment. */
export interface TransitionInputs {
  assign: AssignInput;
  start: StartInput;
  complete: CompleteInput;
  scrap: ScrapInput;
}
export type TransitionName = keyof TransitionInputs;

export const machinesApi = {
  list: (query: MachineListQuery) => apiRequest<Page<Machine>>('/machines', { query }),
  summary: () => apiRequest<MachineSummary>('/machines/summary'),
  history: (id: string) => apiRequest<MachineHistory>(`/machines/${id}/history`),
  create: (input: CreateMachineInput) => apiRequest<Machine>('/machines', { method: 'POST', body: input }),
  update: (id: string, input: UpdateMachineInput) =>
    apiRequest<Machine>(`/machines/${id}`, { method: 'PATCH', body: input }),
  archive: (id: string) => apiRequest<Machine>(`/machines/${id}/archive`, { method: 'POST' }),
  remove: (id: string) => apiRequest<void>(`/machines/${id}`, { method: 'DELETE' }),
  clearWarning: (id: string, warningId: string) =>
    apiRequest<void>(`/machines/${id}/warnings/${warningId}`, { method: 'DELETE' }),
  reportFault: (id: string, input: CreateFaultInput) =>
    apiRequest<MaintenanceRequest>(`/machines/${id}/faults`, { method: 'POST', body: input }),
};

export const requestsApi = {
  list: (query: RequestListQuery) =>
    apiRequest<Page<MaintenanceRequestSummary>>('/maintenance/requests', { query }),
  get: (id: string) => apiRequest<MaintenanceRequest>(`/maintenance/requests/${id}`),
  actions: (id: string) => apiRequest<RequestActions>(`/maintenance/requests/${id}/actions`),
  state: (id: string) => apiRequest<WorkflowState>(`/maintenance/requests/${id}/state`),
  create: (input: CreateRequestInput) =>
    apiRequest<MaintenanceRequest>('/maintenance/requests', { method: 'POST', body: input }),
  transition: <T extends TransitionName>(id: string, name: T, input: TransitionInputs[T]) =>
    apiRequest<MaintenanceRequest>(`/maintenance/requests/${id}/${name}`, { method: 'POST', body: input }),
  /** A photo as the multipart field `image` (JPEG, PNG, WebP or GIF, at most 10 MB). */
  addImage: (id: string, file: File) => {
    const form = new FormData();
    form.append('image', file);
    return apiRequest<MaintenanceRequest>(`/maintenance/requests/${id}/images`, {
      method: 'POST',
      body: form,
    });
  },
  /** A photo or its thumbnail, by the address the request lists (which starts with `/api/v1`). */
  image: (url: string) => apiBlob(url.replace(/^\/api\/v1/, '')),
  addNote: (id: string, input: AddNoteInput) =>
    apiRequest<MaintenanceRequest>(`/maintenance/requests/${id}/notes`, { method: 'POST', body: input }),
};

export const teamsApi = {
  list: () => apiRequest<Page<Team>>('/maintenance/teams'),
  people: () => apiRequest<Page<PersonRef>>('/maintenance/people'),
  create: (input: CreateTeamInput) => apiRequest<Team>('/maintenance/teams', { method: 'POST', body: input }),
  update: (id: string, input: UpdateTeamInput) =>
    apiRequest<Team>(`/maintenance/teams/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiRequest<void>(`/maintenance/teams/${id}`, { method: 'DELETE' }),
};

export const kpisApi = {
  report: (query: KpiQuery) => apiRequest<KpiReport>('/maintenance/kpis', { query }),
  /** The same figures as CSV: a header line, one line per group, then the overall line. */
  csv: (query: KpiQuery) => apiBlob('/maintenance/kpis/export', { query }),
};
