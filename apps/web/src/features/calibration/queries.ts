import type {
  CalibrationChangedEvent,
  Certificate,
  CreateCertificateInput,
  RecomputeJob,
  UpdateCertificateInput,
} from '@factoryops/contracts';
import { analyticsKeys } from '../analytics/queries';
import { historyKeys } from '../history/queries';
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { saveFile } from '../../lib/save-file';
import { type CertificateListQuery, calibrationApi, certificatesApi } from './api';
import { isRunning, withJob } from './recompute-jobs';

/** Everything under `calibration` is refetched after a change here or a `calibration:changed` event. */
export const calibrationKeys = {
  all: ['calibration'] as const,
  certificates: (query: CertificateListQuery) => [...calibrationKeys.all, 'certificates', query] as const,
  certificate: (id: string) => [...calibrationKeys.all, 'certificate', id] as const,
  sensors: () => [...calibrationKeys.all, 'sensors'] as const,
  jobs: (sensorId: string | null) => [...calibrationKeys.all, 'jobs', sensorId] as const,
};

export const certificateListQuery = (query: CertificateListQuery) =>
  queryOptions({
    queryKey: calibrationKeys.certificates(query),
    queryFn: () => certificatesApi.list(query),
    placeholderData: keepPreviousData,
  });

export const sensorCalibrationQuery = queryOptions({
  queryKey: calibrationKeys.sensors(),
  queryFn: calibrationApi.sensors,
});

/**
 * Recent recompute jobs (of one sensor, or of all). Progress arrives live on `/ops`; while a job runs
 * the list is also refetched now and then, in case an event was missed.
 */
export const recomputeJobsQuery = (sensorId: string | null = null) =>
  queryOptions({
    queryKey: calibrationKeys.jobs(sensorId),
    queryFn: () => calibrationApi.jobs(sensorId ?? undefined),
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? 5000 : false),
  });

type JobList = { items: RecomputeJob[] };

/**
 * A `calibration:changed` event: a job's progress goes straight into the job lists (no refetch per step);
 * anything else — a certificate added, fixed or removed, a job finished — refetches all calibration data,
 * and a finished job also the history and analytics figures, which its corrected values changed.
 */
export function applyCalibrationEvent(queryClient: QueryClient, event: CalibrationChangedEvent): void {
  const { job } = event;
  if (job) {
    for (const [queryKey, data] of queryClient.getQueriesData<JobList>({
      queryKey: [...calibrationKeys.all, 'jobs'],
    })) {
      const sensorId = queryKey[2];
      if (data && (sensorId === null || sensorId === job.sensorId))
        queryClient.setQueryData<JobList>(queryKey, { items: withJob(data.items, job) });
    }
    if (isRunning(job)) return;
    void queryClient.invalidateQueries({ queryKey: historyKeys.all });
    void queryClient.invalidateQueries({ queryKey: analyticsKeys.all });
  }
  void queryClient.invalidateQueries({ queryKey: calibrationKeys.all });
}

function useCalibrationMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: calibrationKeys.all }),
  });
}

export const useCreateCertificate = () =>
  useCalibrationMutation((input: CreateCertificateInput) => certificatesApi.create(input));
export const useUpdateCertificate = () =>
  useCalibrationMutation(({ id, input }: { id: string; input: UpdateCertificateInput }) =>
    certificatesApi.update(id, input),
  );
export const useDeleteCertificate = () => useCalibrationMutation(certificatesApi.remove);

/** Attaches the chosen PDF (replacing any), or removes the attached one (`file: null`). */
export const useCertificateFile = () =>
  useCalibrationMutation(({ id, file }: { id: string; file: File | null }) =>
    file ? certificatesApi.attachFile(id, file) : certificatesApi.removeFile(id),
  );

/** Saves the certificate's PDF under its stored name; reading changes nothing, so nothing is refetched. */
export const useCertificateDownload = () =>
  useMutation({
    mutationFn: async (certificate: Pick<Certificate, 'id' | 'number' | 'file'>) =>
      saveFile(
        await certificatesApi.file(certificate.id),
        certificate.file?.name ?? `${certificate.number}.pdf`,
      ),
  });
