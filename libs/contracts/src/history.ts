import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';

/** Site-wide settings every client needs: ranges, day boundaries and exports use this time zone. */
export const SiteSchema = z.object({
  timeZone: z.string(),
  /** ISO 4217 code of the shop's money (`SITE_CURRENCY`). */
  currency: z.string(),
  /** VAT in percent as a decimal string (`VAT_RATE`): `15`. */
  vatRate: z.string(),
});
export type Site = z.infer<typeof SiteSchema>;

/** The longest range any history, export or analytics request may cover. */
export const MAX_RANGE_YEARS = 5;
const MAX_RANGE_MS = MAX_RANGE_YEARS * 366 * 24 * 3600 * 1000;

export const rangeShape = {
  from: isoDateTime,
  to: isoDateTime,
};

export function rangeInOrder(input: { from: string; to: string }, context: z.RefinementCtx) {
  const span = Date.parse(input.to) - Date.parse(input.from);
  if (span <= 0)
    context.addIssue({ code: 'custom', message: 'The end must be after the start', path: ['to'] });
  else if (span > MAX_RANGE_MS)
    context.addIssue({
      code: 'custom',
      message: `A range may cover at most ${MAX_RANGE_YEARS} years`,
      path: ['to'],
    });
}

export const RangeQuerySchema = z.strictObject(rangeShape).superRefine(rangeInOrder);
export type RangeQuery = z.infer<typeof RangeQuerySchema>;

/** At most this many points per series in a history chart. */
export const HISTORY_MAX_POINTS = 2000;

export const HistoryQuerySchema = z
  .strictObject({
    ...rangeShape,
    points: z.coerce.number().int().min(10).max(HISTORY_MAX_POINTS).default(HISTORY_MAX_POINTS),
  })
  .superRefine(rangeInOrder);
export type HistoryQuery = z.input<typeof HistoryQuerySchema>;

export const QUANTITIES = ['temperature', 'humidity'] as const;
export type Quantity = (typeof QUANTITIES)[number];

/** The unit each quantity is measured and shown in. */
export const QUANTITY_UNITS: Record<Quantity, string> = { temperature: '°C', humidity: '%RH' };

export const TimedValueSchema = z.object({ time: isoDateTime, value: z.number() });
export type TimedValue = z.infer<typeof TimedValueSchema>;

/**
 * A point of a chart series: [time in epoch milliseconds, value]. Series travel as pairs (the shape
 * charts take) rather than timed objects: 2,000 points a line stay small and quick to write and read.
 */
export const SeriesPointSchema = z.tuple([z.number().int(), z.number()]);
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const QuantityStatisticsSchema = z.object({
  min: TimedValueSchema,
  max: TimedValueSchema,
  /** Time-weighted: each reading counts for the time until the next one (gaps excluded). */
  mean: z.number(),
  first: TimedValueSchema,
  last: TimedValueSchema,
});
export type QuantityStatistics = z.infer<typeof QuantityStatisticsSchema>;

export const HistorySchema = z.object({
  sensorId: z.uuid(),
  from: isoDateTime,
  to: isoDateTime,
  /** Where the series came from: raw readings for short ranges, 1-minute, 1-hour or 6-hour rollups for long ones. */
  source: z.enum(['raw', 'minute', 'hour', 'six-hour']),
  count: z.number().int(),
  /** Share of the range covered by readings (0–100); gaps longer than 3 storage intervals are not covered. */
  coverage: z.number(),
  /** Corrected values; null when the range holds no reading. */
  statistics: z.object({
    temperature: QuantityStatisticsSchema.nullable(),
    humidity: QuantityStatisticsSchema.nullable(),
  }),
  /** Downsampled corrected values: at most `points` per series, keeping each stretch's minimum and maximum. */
  series: z.object({ temperature: z.array(SeriesPointSchema), humidity: z.array(SeriesPointSchema) }),
});
export type History = z.infer<typeof HistorySchema>;

export const ReadingRowSchema = z.object({
  time: isoDateTime,
  temperatureRaw: z.number(),
  humidityRaw: z.number(),
  temperature: z.number(),
  humidity: z.number(),
  certificateId: z.uuid().nullable(),
  certificateNumber: z.string().nullable(),
});
export type ReadingRow = z.infer<typeof ReadingRowSchema>;
export const ReadingPageSchema = pageOf(ReadingRowSchema);

export const ReadingPageQuerySchema = z
  .strictObject({
    ...rangeShape,
    ...pageQueryShape,
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .superRefine(rangeInOrder);
export type ReadingPageQuery = z.input<typeof ReadingPageQuerySchema>;

/** A comma-separated list of sensor ids in a query string. */
export const sensorIdList = z
  .string()
  .transform((text) => text.split(',').filter(Boolean))
  .pipe(
    z
      .array(z.uuid({ message: 'Use sensor ids separated by commas' }))
      .min(1, { message: 'Choose a sensor' })
      .max(50),
  );

export const ExportQuerySchema = z
  .strictObject({
    ...rangeShape,
    sensorIds: sensorIdList,
    separator: z.enum([',', ';']).default(','),
    decimal: z.enum(['.', ',']).default('.'),
  })
  .superRefine(rangeInOrder)
  .refine((query) => !(query.separator === ',' && query.decimal === ','), {
    message: 'With a comma as decimal mark, separate columns with a semicolon',
    path: ['decimal'],
  });
export type ExportQuery = z.input<typeof ExportQuerySchema>;

/** Response header of an export: the number of rows it will hold, known before the first byte. */
export const EXPORT_ROWS_HEADER = 'X-Export-Rows';
