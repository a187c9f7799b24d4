import {
  CHECKSUM_HEADER,
  type CreateDeviceInput,
  type CreateJsonTemplateInput,
  type JsonSchemaCheck,
  type JsonSchemaCheckInput,
  type JsonTemplate,
  type JsonTemplateListQuery,
  type UpdateJsonTemplateInput,
  type CreateSoftwareInput,
  type CreateSoftwareVersionInput,
  type Device,
  type DeviceListQuery,
  type DeviceType,
  type FleetCustomer,
  type Page,
  type Software,
  type SoftwareDetail,
  type SoftwareListQuerySchema,
  type SoftwareVersion,
  type UpdateDeviceInput,
  type UpdateSoftwareInput,
  type UpdateSoftwareVersionInput,
} from '@factoryops/contracts';
import { apiRequest, apiResponse, apiUpload } from '../../lib/api-client';
import type { SchemaInput } from '../../lib/schema-input';

export type SoftwareListQuery = SchemaInput<typeof SoftwareListQuerySchema>;

/** The SHA-256 of a file in hex, where the browser can compute it (a secure context); else undefined. */
async function sha256Of(file: File): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const devicesApi = {
  list: (query: DeviceListQuery) => apiRequest<Page<Device>>('/fleet/devices', { query }),
  get: (id: string) => apiRequest<Device>(`/fleet/devices/${id}`),
  create: (input: CreateDeviceInput) => apiRequest<Device>('/fleet/devices', { method: 'POST', body: input }),
  update: (id: string, input: UpdateDeviceInput) =>
    apiRequest<Device>(`/fleet/devices/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiRequest<void>(`/fleet/devices/${id}`, { method: 'DELETE' }),
  types: () => apiRequest<{ items: DeviceType[] }>('/fleet/device-types'),
  customers: () => apiRequest<{ items: FleetCustomer[] }>('/fleet/customers'),
};

const versionsOf = (softwareId: string) => `/fleet/software/${softwareId}/versions`;

export const softwareApi = {
  list: (query: SoftwareListQuery) => apiRequest<Page<Software>>('/fleet/software', { query }),
  get: (id: string) => apiRequest<SoftwareDetail>(`/fleet/software/${id}`),
  create: (input: CreateSoftwareInput) =>
    apiRequest<SoftwareDetail>('/fleet/software', { method: 'POST', body: input }),
  update: (id: string, input: UpdateSoftwareInput) =>
    apiRequest<SoftwareDetail>(`/fleet/software/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiRequest<void>(`/fleet/software/${id}`, { method: 'DELETE' }),
  addVersion: (softwareId: string, input: CreateSoftwareVersionInput) =>
    apiRequest<SoftwareVersion>(versionsOf(softwareId), { method: 'POST', body: input }),
  updateVersion: (softwareId: string, versionId: string, input: UpdateSoftwareVersionInput) =>
    apiRequest<SoftwareVersion>(`${versionsOf(softwareId)}/${versionId}`, { method: 'PATCH', body: input }),
  removeVersion: (softwareId: string, versionId: string) =>
    apiRequest<void>(`${versionsOf(softwareId)}/${versionId}`, { method: 'DELETE' }),
  /** Uploads the package with its SHA-256 (when the browser can hash it): the server refuses a damaged one. */
  async uploadPackage(
    softwareId: string,
    versionId: string,
    file: File,
    onProgress: (fraction: number) => void,
  ) {
    const form = new FormData();
    form.append('file', file);
    const checksum = await sha256Of(file);
    return apiUpload<SoftwareVersion>(`${versionsOf(softwareId)}/${versionId}/package`, form, {
      headers: checksum ? { [CHECKSUM_HEADER]: checksum } : {},
      onProgress,
    });
  },
  downloadPackage: (softwareId: string, versionId: string) =>
    apiResponse(`${versionsOf(softwareId)}/${versionId}/package`),
};

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
