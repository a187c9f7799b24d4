import { queryOptions, useMutation } from '@tanstack/react-query';
import { readAsDataUrl } from '../../../lib/read-as-data-url';
import { saveFile } from '../../../lib/save-file';
import { productionKeys, useProductionMutation } from '../queries';
import { type DesignFileOwner, designFilesApi } from './api';

export const projectFilesQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...productionKeys.project(projectId), 'files'] as const,
    queryFn: () => designFilesApi.listOfProject(projectId),
  });

/** A file's preview as a `data:` URL (the API serves it to signed-in users only); stored files never change. */
export const previewQuery = (fileId: string) =>
  queryOptions({
    queryKey: ['production-file-preview', fileId] as const,
    queryFn: async () => readAsDataUrl(await designFilesApi.preview(fileId)),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useUploadDesignFile = () =>
  useProductionMutation(({ owner, file }: { owner: DesignFileOwner; file: File }) =>
    designFilesApi.upload(owner, file),
  );
export const useDeleteDesignFile = () => useProductionMutation(designFilesApi.remove);

/** Saves the file under the name it was uploaded with. */
export const useDesignFileDownload = () =>
  useMutation({
    mutationFn: async ({ id, name }: { id: string; name: string }) =>
      saveFile(await designFilesApi.original(id), name),
  });
