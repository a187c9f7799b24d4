import type { Certificate, RecomputeJob } from '@factoryops/contracts';
import type { JobEntity } from '../jobs/job.entity.js';
import type { CertificateEntity } from './certificate.entity.js';

/** The job that recomputes a sensor's corrected readings after a certificate change. */
export const RECORRECT_JOB = 'readings.recorrect';

export interface RecorrectPayload {
  sensorId: string;
  certificateId: string | null;
  /** ISO instants; `until` null = up to now and beyond. */
  from: string;
  until: string | null;
}

/** A certificate loaded with its sensor and instrument, and where its validity ends. */
export interface CertificateRow {
  certificate: CertificateEntity;
  sensorName: string;
  instrumentId: string;
  instrumentName: string;
  validUntil: Date | null;
}

export function toCertificateDto({
  certificate,
  sensorName,
  instrumentId,
  instrumentName,
  validUntil,
}: CertificateRow): Certificate {
  return {
    id: certificate.id,
    sensorId: certificate.sensorId,
    sensorName,
    instrumentId,
    instrumentName,
    number: certificate.number,
    calibratedOn: certificate.calibratedOn,
    validFrom: certificate.validFrom.toISOString(),
    validUntil: validUntil?.toISOString() ?? null,
    dueOn: certificate.dueOn,
    laboratory: certificate.laboratory,
    notes: certificate.notes,
    temperaturePoints: certificate.temperaturePoints,
    humidityPoints: certificate.humidityPoints,
    file:
      certificate.fileName === null ? null : { name: certificate.fileName, size: certificate.fileSize ?? 0 },
    createdAt: certificate.createdAt.toISOString(),
    updatedAt: certificate.updatedAt.toISOString(),
    version: certificate.version,
  };
}

export function toRecomputeJobDto(job: JobEntity): RecomputeJob {
  const payload = job.payload as unknown as RecorrectPayload;
  return {
    id: job.id,
    sensorId: payload.sensorId,
    certificateId: payload.certificateId,
    state: job.state,
    from: payload.from,
    until: payload.until,
    total: job.total,
    done: job.done,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** What the audit log records of a certificate. */
export function certificateAuditSnapshot(certificate: CertificateEntity): Record<string, unknown> {
  return {
    sensorId: certificate.sensorId,
    number: certificate.number,
    calibratedOn: certificate.calibratedOn,
    validFrom: certificate.validFrom.toISOString(),
    dueOn: certificate.dueOn,
    laboratory: certificate.laboratory,
    notes: certificate.notes,
    temperaturePoints: certificate.temperaturePoints,
    humidityPoints: certificate.humidityPoints,
  };
}
