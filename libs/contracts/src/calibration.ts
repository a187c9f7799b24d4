import { z } from 'zod';
import { isoDate, isoDateTime, pageOf, pageQueryShape } from './common.js';

/**
 * One point of a calibration certificate: at the reference value the instrument indicated
 * `indication`; the correction there is `reference − indication`, added to what the instrument says.
 */
export const CorrectionPointSchema = z.strictObject({
  reference: z.number({ message: 'Enter a number' }),
  indication: z.number({ message: 'Enter a number' }),
});
export type CorrectionPoint = z.infer<typeof CorrectionPointSchema>;

function noDuplicateReferences(points: CorrectionPoint[], context: z.RefinementCtx) {
  const seen = new Set<number>();
  points.forEach((point, index) => {
    if (seen.has(point.reference))
      context.addIssue({
        code: 'custom',
        message: 'Each reference value may appear once',
        path: [index, 'reference'],
      });
    seen.add(point.reference);
  });
}

const CorrectionPointsSchema = z.array(CorrectionPointSchema).max(20).superRefine(noDuplicateReferences);

export const CertificateFileSchema = z.object({ name: z.string(), size: z.number().int() });

export const CertificateSchema = z.object({
  id: z.uuid(),
  sensorId: z.uuid(),
  sensorName: z.string(),
  instrumentId: z.uuid(),
  instrumentName: z.string(),
  number: z.string(),
  /** The day the laboratory calibrated the sensor. */
  calibratedOn: isoDate,
  /** Readings from this instant on are corrected with this certificate, until the next one starts. */
  validFrom: isoDateTime,
  /** When it supersedes no longer (the next certificate's start), or null while it is the latest. */
  validUntil: isoDateTime.nullable(),
  /** The day the next calibration is due. */
  dueOn: isoDate,
  laboratory: z.string(),
  notes: z.string(),
  temperaturePoints: z.array(CorrectionPointSchema),
  humidityPoints: z.array(CorrectionPointSchema),
  file: CertificateFileSchema.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Certificate = z.infer<typeof CertificateSchema>;
export const CertificatePageSchema = pageOf(CertificateSchema);

const certificateFields = {
  sensorId: z.uuid({ message: 'Choose a sensor' }),
  number: z.string().trim().min(1, { message: 'Enter the certificate number' }).max(80),
  calibratedOn: isoDate,
  validFrom: isoDateTime,
  dueOn: isoDate,
  laboratory: z.string().trim().max(200).default(''),
  notes: z.string().trim().max(4000).default(''),
  temperaturePoints: CorrectionPointsSchema.default([]),
  humidityPoints: CorrectionPointsSchema.default([]),
};

const dueAfterCalibration = {
  check: (input: { calibratedOn?: string; dueOn?: string }) =>
    !input.calibratedOn || !input.dueOn || input.dueOn > input.calibratedOn,
  rule: { message: 'The next calibration is due after this one', path: ['dueOn'] },
};

export const CreateCertificateInputSchema = z
  .strictObject(certificateFields)
  .refine(dueAfterCalibration.check, dueAfterCalibration.rule);
export type CreateCertificateInput = z.input<typeof CreateCertificateInputSchema>;

export const UpdateCertificateInputSchema = z
  .strictObject({
    number: certificateFields.number.optional(),
    calibratedOn: isoDate.optional(),
    validFrom: isoDateTime.optional(),
    dueOn: isoDate.optional(),
    laboratory: z.string().trim().max(200).optional(),
    notes: z.string().trim().max(4000).optional(),
    temperaturePoints: CorrectionPointsSchema.optional(),
    humidityPoints: CorrectionPointsSchema.optional(),
    version: z.number().int().optional(),
  })
  .refine(dueAfterCalibration.check, dueAfterCalibration.rule);
export type UpdateCertificateInput = z.input<typeof UpdateCertificateInputSchema>;

export const CertificateListQuerySchema = z.strictObject({
  ...pageQueryShape,
  sensorId: z.uuid().optional(),
  instrumentId: z.uuid().optional(),
  search: z.string().trim().max(100).optional(),
});

/** A certificate file is a PDF of at most 20 MB. */
export const CERTIFICATE_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Where a sensor's calibration stands, for the sensor list and the dashboard. */
export const CALIBRATION_STANDINGS = ['none', 'valid', 'due-soon', 'overdue'] as const;
export type CalibrationStanding = (typeof CALIBRATION_STANDINGS)[number];
/** Notices start this many days before the due date. */
export const CALIBRATION_NOTICE_DAYS = 30;

export const SensorCalibrationSchema = z.object({
  sensorId: z.uuid(),
  sensorName: z.string(),
  instrumentId: z.uuid(),
  instrumentName: z.string(),
  location: z.string(),
  certificateId: z.uuid().nullable(),
  certificateNumber: z.string().nullable(),
  dueOn: isoDate.nullable(),
  /** Days until the due date in the site's time zone (negative once overdue). */
  daysLeft: z.number().int().nullable(),
  standing: z.enum(CALIBRATION_STANDINGS),
});
export type SensorCalibration = z.infer<typeof SensorCalibrationSchema>;
export const SensorCalibrationListSchema = z.object({ items: z.array(SensorCalibrationSchema) });

/** A background recomputation of corrected values after a certificate was added or fixed. */
export const RECOMPUTE_STATES = ['queued', 'running', 'done', 'failed'] as const;
export const RecomputeJobSchema = z.object({
  id: z.uuid(),
  sensorId: z.uuid(),
  certificateId: z.uuid().nullable(),
  state: z.enum(RECOMPUTE_STATES),
  from: isoDateTime,
  until: isoDateTime.nullable(),
  /** Readings in the window when the job started, and how many are done. */
  total: z.number().int(),
  done: z.number().int(),
  error: z.string().nullable(),
  createdAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
});
export type RecomputeJob = z.infer<typeof RecomputeJobSchema>;
export const RecomputeJobListSchema = z.object({ items: z.array(RecomputeJobSchema) });
