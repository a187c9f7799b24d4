import { z } from 'zod';
import { isoDateTime } from './common.js';

export const INGEST_MAX_READINGS = 10_000;

/** One reading pushed by an `http-push` device. */
export const PushedReadingSchema = z.strictObject({
  sensorId: z.uuid(),
  time: isoDateTime,
  temperature: z.number().min(-100).max(200),
  humidity: z.number().min(0).max(100),
});
export type PushedReading = z.infer<typeof PushedReadingSchema>;

/** Items are checked one by one: bad ones are reported with their index, good ones are kept. */
export const IngestReadingsInputSchema = z.strictObject({
  readings: z
    .array(z.unknown())
    .min(1, { message: 'Send at least one reading' })
    .max(INGEST_MAX_READINGS, { message: `Send at most ${INGEST_MAX_READINGS} readings per request` }),
});
export type IngestReadingsInput = z.infer<typeof IngestReadingsInputSchema>;

export const IngestResultSchema = z.object({
  accepted: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;
