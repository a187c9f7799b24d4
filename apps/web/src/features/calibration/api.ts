import type {
  Certificate,
  CreateCertificateInput,
  Page,
  RecomputeJob,
  SensorCalibration,
  UpdateCertificateInput,
} from '@factoryops/contracts';
import { apiBlob, apiRequest } from '../../lib/api-client';

/** The list's filters and page (`CertificateListQuerySchema`). */
export type CertificateListQuery = {
  sensorId?: string;
  instrumentId?: string;
  search?: string;
  page?: number;
  pageSize?: number;
};

export const certificatesApi = {
  list: (query: CertificateListQuery) => apiRequest<Page<Certificate>>('/certificates', { query }),
  get: (id: string) => apiRequest<Certificate>(`/certificates/${id}`),
  create: (input: CreateCertificateInput) =>
    apiRequest<Certificate>('/certificates', { method: 'POST', body: input }),
  /** With the `version` seen: a certificate changed meanwhile is refused (409). */
  update: (id: string, input: UpdateCertificateInput) =>
    apiRequest<Certificate>(`/certificates/${id}`, { method: 'PATCH', body: input }),
  /** Refused (409) once the certificate has corrected stored readings: supersede it instead. */
  remove: (id: string) => apiRequest<void>(`/certificates/${id}`, { method: 'DELETE' }),
  /** The scanned certificate as the multipart field `file` (a PDF of at most 20 MB). */
  attachFile: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<Certificate>(`/certificates/${id}/file`, { method: 'PUT', body: form });
  },
  file: (id: string) => apiBlob(`/certificates/${id}/file`),
  removeFile: (id: string) => apiRequest<Certificate>(`/certificates/${id}/file`, { method: 'DELETE' }),
};

export const calibrationApi = {
  /** Every active sensor with its current certificate and where its calibration stands. */
  sensors: () => apiRequest<{ items: SensorCalibration[] }>('/calibration/sensors'),
  /** Recent recompute jobs, newest first; of one sensor, or of all. */
  jobs: (sensorId?: string) =>
    apiRequest<{ items: RecomputeJob[] }>('/calibration/jobs', { query: { sensorId } }),
};
