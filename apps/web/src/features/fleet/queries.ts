import type {
  CreateSoftwareVersionInput,
  DeviceListQuery,
  JsonTemplateListQuery,
  UpdateJsonTemplateInput,
  UpdateDeviceInput,
  UpdateSoftwareInput,
  UpdateSoftwareVersionInput,
} from '@factoryops/contracts';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { devicesApi, type SoftwareListQuery, softwareApi, templatesApi } from './api';

/**
 * Everything under `fleet` is refetched after a change made here (a device's type counts, and so on) or
 * `fleet:changed` on `/ops`.
 */
export const fleetKeys = {
  all: ['fleet'] as const,
  devices: (query: DeviceListQuery) => [...fleetKeys.all, 'devices', query] as const,
  device: (id: string) => [...fleetKeys.all, 'device', id] as const,
  types: () => [...fleetKeys.all, 'device-types'] as const,
  customers: () => [...fleetKeys.all, 'customers'] as const,
  softwareList: (query: SoftwareListQuery) => [...fleetKeys.all, 'software', query] as const,
  software: (id: string) => [...fleetKeys.all, 'software-one', id] as const,
  templates: (query: JsonTemplateListQuery) => [...fleetKeys.all, 'templates', query] as const,
};

export const devicesQuery = (query: DeviceListQuery) =>
  queryOptions({
    queryKey: fleetKeys.devices(query),
    queryFn: () => devicesApi.list(query),
    placeholderData: keepPreviousData,
  });
export const deviceQuery = (id: string) =>
  queryOptions({ queryKey: fleetKeys.device(id), queryFn: () => devicesApi.get(id) });
export const deviceTypesQuery = queryOptions({
  queryKey: fleetKeys.types(),
  queryFn: async () => (await devicesApi.types()).items,
});
export const fleetCustomersQuery = queryOptions({
  queryKey: fleetKeys.customers(),
  queryFn: async () => (await devicesApi.customers()).items,
});
export const softwareListQuery = (query: SoftwareListQuery) =>
  queryOptions({
    queryKey: fleetKeys.softwareList(query),
    queryFn: () => softwareApi.list(query),
    placeholderData: keepPreviousData,
  });
export const softwareQuery = (id: string) =>
  queryOptions({ queryKey: fleetKeys.software(id), queryFn: () => softwareApi.get(id) });

export const templateListQuery = (query: JsonTemplateListQuery) =>
  queryOptions({
    queryKey: fleetKeys.templates(query),
    queryFn: () => templatesApi.list(query),
    placeholderData: keepPreviousData,
  });

/** A mutation of the fleet that refetches what the fleet pages show once it succeeded. */
function useFleetMutation<I, R>(call: (input: I) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ queryKey: fleetKeys.all }),
  });
}

export const useCreateDevice = () => useFleetMutation(devicesApi.create);
export const useUpdateDevice = () =>
  useFleetMutation(({ id, input }: { id: string; input: UpdateDeviceInput }) => devicesApi.update(id, input));
export const useDeleteDevice = () => useFleetMutation(devicesApi.remove);
export const useCreateSoftware = () => useFleetMutation(softwareApi.create);
export const useUpdateSoftware = () =>
  useFleetMutation(({ id, input }: { id: string; input: UpdateSoftwareInput }) =>
    softwareApi.update(id, input),
  );
export const useDeleteSoftware = () => useFleetMutation(softwareApi.remove);
export const useAddVersion = (softwareId: string) =>
  useFleetMutation((input: CreateSoftwareVersionInput) => softwareApi.addVersion(softwareId, input));
export const useUpdateVersion = (softwareId: string) =>
  useFleetMutation(({ id, input }: { id: string; input: UpdateSoftwareVersionInput }) =>
    softwareApi.updateVersion(softwareId, id, input),
  );
export const useUploadPackage = (softwareId: string) =>
  useFleetMutation(
    ({
      versionId,
      file,
      onProgress,
    }: {
      versionId: string;
      file: File;
      onProgress(fraction: number): void;
    }) => softwareApi.uploadPackage(softwareId, versionId, file, onProgress),
  );
export const useCreateTemplate = () => useFleetMutation(templatesApi.create);
export const useUpdateTemplate = () =>
  useFleetMutation(({ id, input }: { id: string; input: UpdateJsonTemplateInput }) =>
    templatesApi.update(id, input),
  );
export const useDeleteTemplate = () => useFleetMutation(templatesApi.remove);
