import type {
  CreateJsonTemplateInput,
  JsonSchemaCheck,
  JsonSchemaCheckInput,
  JsonTemplate,
  JsonTemplateListQuery,
  Page,
  UpdateJsonTemplateInput,
} from '@factoryops/contracts';
import { apiRequest } from '../../lib/api-client';

export const templatesApi = {
  list: (query: JsonTemplateListQuery) => apiRequest<Page<JsonTemplate>>('/fleet/templates', { query }),
  get: (id: string) => apiRequest<JsonTemplate>(`/fleet/templates/${id}`),
  create: (input: CreateJsonTemplateInput) =>
    apiRequest<JsonTemplate>('/fleet/templates', { method: 'POST', body: input }),
  update: (id: string, input: UpdateJsonTemplateInput) =>
    apiRequest<JsonTemplate>(`/fleet/templates/${id}`, { method: 'PATCH', body: input }),
  check: (input: JsonSchemaCheckInput) =>
    apiRequest<JsonSchemaCheck>('/fleet/templates/check', { method: 'POST', body: input }),
  remove: (id: string) => apiRequest<void>(`/fleet/templates/${id}`, { method: 'DELETE' }),
};
