import type { DesignFile } from '@factoryops/contracts';
import { apiBlob, apiRequest } from '../../../lib/api-client';

/** Whose design files: a project's or a product's. */
export type DesignFileOwner = { kind: 'projects' | 'products'; id: string };

export const designFilesApi = {
  listOfProject: (id: string) => apiRequest<{ items: DesignFile[] }>(`/production/projects/${id}/files`),
  upload: (owner: DesignFileOwner, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<DesignFile>(`/production/${owner.kind}/${owner.id}/files`, {
      method: 'POST',
      body: form,
    });
  },
  original: (id: string) => apiBlob(`/production/files/${id}`),
  preview: (id: string) => apiBlob(`/production/files/${id}/preview`),
  remove: (id: string) => apiRequest<void>(`/production/files/${id}`, { method: 'DELETE' }),
};
