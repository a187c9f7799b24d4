import type {
  Client,
  ClientDetail,
  ClientListQuerySchema,
  CreateClientInput,
  CreateOperatorInput,
  CreatePresetInput,
  CreateProjectInput,
  Operator,
  OperatorListQuerySchema,
  Page,
  PopInput,
  PopResult,
  Preset,
  PresetListQuerySchema,
  Project,
  ProjectDetail,
  ProjectListQuerySchema,
  ProjectStatusInput,
  QueueAction,
  QueueItem,
  QueueReorderInput,
  UpdateClientInput,
  UpdateOperatorInput,
  UpdatePresetInput,
  UpdateProjectInput,
  UpdateQueueItemInput,
} from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';
import type { SchemaInput } from '../../lib/schema-input';

export type ClientListQuery = SchemaInput<typeof ClientListQuerySchema>;
export type ProjectListQuery = SchemaInput<typeof ProjectListQuerySchema>;
export type PresetListQuery = SchemaInput<typeof PresetListQuerySchema>;
export type OperatorListQuery = SchemaInput<typeof OperatorListQuerySchema>;
/** `active`: items still to cut or being cut; `all`: completed and cancelled ones too. */
export type QueueScope = 'active' | 'all';

const BASE = '/production';

export const clientsApi = {
  list: (query: ClientListQuery) => apiRequest<Page<Client>>(`${BASE}/clients`, { query }),
  get: (id: string) => apiRequest<ClientDetail>(`${BASE}/clients/${id}`),
  create: (input: CreateClientInput) =>
    apiRequest<Client>(`${BASE}/clients`, { method: 'POST', body: input }),
  update: (id: string, input: UpdateClientInput) =>
    apiRequest<Client>(`${BASE}/clients/${id}`, { method: 'PATCH', body: input }),
  /** A client with projects answers 409 unless `cascade` confirms that they are deleted too. */
  remove: (id: string, cascade: boolean) =>
    apiRequest<void>(`${BASE}/clients/${id}`, {
      method: 'DELETE',
      query: cascade ? { cascade: 'true' } : undefined,
    }),
};

export const projectsApi = {
  list: (query: ProjectListQuery) => apiRequest<Page<Project>>(`${BASE}/projects`, { query }),
  get: (id: string) => apiRequest<ProjectDetail>(`${BASE}/projects/${id}`),
  create: (input: CreateProjectInput) =>
    apiRequest<Project>(`${BASE}/projects`, { method: 'POST', body: input }),
  update: (id: string, input: UpdateProjectInput) =>
    apiRequest<Project>(`${BASE}/projects/${id}`, { method: 'PATCH', body: input }),
  changeStatus: (id: string, input: ProjectStatusInput) =>
    apiRequest<Project>(`${BASE}/projects/${id}/status`, { method: 'POST', body: input }),
  /** The proof of payment arrived: the project is approved and queued. */
  markPop: (id: string, input: PopInput) =>
    apiRequest<PopResult>(`${BASE}/projects/${id}/pop`, { method: 'POST', body: input }),
};

export const queueApi = {
  list: (scope: QueueScope) => apiRequest<Page<QueueItem>>(`${BASE}/queue`, { query: { scope } }),
  /** A stale `expectedOrder` answers 409 (with the current order), and nothing moves. */
  reorder: (input: QueueReorderInput) =>
    apiRequest<Page<QueueItem>>(`${BASE}/queue/reorder`, { method: 'POST', body: input }),
  update: (id: string, input: UpdateQueueItemInput) =>
    apiRequest<QueueItem>(`${BASE}/queue/${id}`, { method: 'PATCH', body: input }),
  act: (id: string, action: QueueAction, version: number) =>
    apiRequest<QueueItem>(`${BASE}/queue/${id}/${action}`, { method: 'POST', body: { version } }),
};

export const presetsApi = {
  list: (query: PresetListQuery) => apiRequest<Page<Preset>>(`${BASE}/presets`, { query }),
  create: (input: CreatePresetInput) =>
    apiRequest<Preset>(`${BASE}/presets`, { method: 'POST', body: input }),
  /** Edits, activates (`active: true`) or deactivates a preset. */
  update: (id: string, input: UpdatePresetInput) =>
    apiRequest<Preset>(`${BASE}/presets/${id}`, { method: 'PATCH', body: input }),
};

export const operatorsApi = {
  list: (query: OperatorListQuery) => apiRequest<Page<Operator>>(`${BASE}/operators`, { query }),
  create: (input: CreateOperatorInput) =>
    apiRequest<Operator>(`${BASE}/operators`, { method: 'POST', body: input }),
  update: (id: string, input: UpdateOperatorInput) =>
    apiRequest<Operator>(`${BASE}/operators/${id}`, { method: 'PATCH', body: input }),
};
