import { z } from 'zod';
import { isoDate, isoDateTime } from './common.js';
import { SensorLimitsSchema } from './instruments.js';
import { QUANTITIES, rangeInOrder, rangeShape, sensorIdList, TimedValueSchema } from './history.js';

/** Activation energy ΔH/R of the mean kinetic temperature, in kelvin (83.144 kJ/mol). */
export const DEFAULT_ACTIVATION_ENERGY_K = 10_000;

export const AnalyticsQuerySchema = z
  .strictObject({
    ...rangeShape,
    sensorIds: sensorIdList,
    activationEnergy: z.coerce
      .number({ message: 'Enter a number' })
      .min(1000, { message: 'Use an activation energy (ΔH/R) between 1,000 and 100,000 K' })
      .max(100_000, { message: 'Use an activation energy (ΔH/R) between 1,000 and 100,000 K' })
      .default(DEFAULT_ACTIVATION_ENERGY_K),
    /** Width of the distribution's temperature bins in °C. */
    temperatureBin: z.coerce.number().min(0.01).max(10).default(0.5),
    /** Width of the distribution's humidity bins in %RH. */
    humidityBin: z.coerce.number().min(0.1).max(20).default(2),
  })
  .superRefine(rangeInOrder);
export type AnalyticsQuery = z.input<typeof AnalyticsQuerySchema>;

const QuantityFiguresSchema = z.object({ temperature: z.number(), humidity: z.number(), either: z.number() });

export const ExcursionSchema = z.object({
  quantity: z.enum(QUANTITIES),
  direction: z.enum(['high', 'low']),
  start: isoDateTime,
  end: isoDateTime,
  durationMs: z.number(),
  /** The limit it went beyond. */
  limit: z.number(),
  /** The value farthest beyond the limit. */
  worst: TimedValueSchema,
});
export type Excursion = z.infer<typeof ExcursionSchema>;

/** At most this many excursions are listed per sensor (the longest); `excursionCount` tells the total. */
export const EXCURSIONS_LISTED = 200;

const BandSchema = z.object({ min: z.number(), max: z.number(), mean: z.number() });
export const DailyBandSchema = z.object({ day: isoDate, temperature: BandSchema, humidity: BandSchema });
export type DailyBand = z.infer<typeof DailyBandSchema>;

/** Held time with the value in [from, to); share in % of the covered time. */
export const DistributionBinSchema = z.object({
  from: z.number(),
  to: z.number(),
  ms: z.number(),
  share: z.number(),
});
export type DistributionBin = z.infer<typeof DistributionBinSchema>;

const MeanSchema = z.object({ temperature: z.number().nullable(), humidity: z.number().nullable() });

export const SensorAnalyticsSchema = z.object({
  sensorId: z.uuid(),
  sensorName: z.string(),
  instrumentName: z.string(),
  location: z.string(),
  /** The sensor's limits the figures were computed against. */
  limits: SensorLimitsSchema,
  /** Readings in the range. */
  count: z.number().int(),
  /** Share of the range covered by readings (0–100); gaps longer than 3 intervals are not covered. */
  coverage: z.number(),
  /** Time out of limits as a share of the covered time (0–100); `either` is the union, not the sum. */
  outOfLimits: QuantityFiguresSchema,
  /** The same in milliseconds. */
  outOfLimitsMs: QuantityFiguresSchema,
  excursionCount: z.number().int(),
  /** Sorted by start; the longest EXCURSIONS_LISTED when there are more. */
  excursions: z.array(ExcursionSchema),
  /** Time-weighted means of the corrected values. */
  mean: MeanSchema,
  minimum: z.object({ temperature: TimedValueSchema.nullable(), humidity: TimedValueSchema.nullable() }),
  maximum: z.object({ temperature: TimedValueSchema.nullable(), humidity: TimedValueSchema.nullable() }),
  /** Mean kinetic temperature in °C; null without readings. */
  meanKineticTemperature: z.number().nullable(),
  /** Calendar days in the site's time zone. */
  dailyBands: z.array(DailyBandSchema),
  distribution: z.object({
    temperature: z.array(DistributionBinSchema),
    humidity: z.array(DistributionBinSchema),
  }),
  /** Least-squares slope per 24 h; null with fewer than 2 readings. */
  trendPerDay: MeanSchema,
});
export type SensorAnalytics = z.infer<typeof SensorAnalyticsSchema>;

export const AnalyticsSchema = z.object({
  from: isoDateTime,
  to: isoDateTime,
  timeZone: z.string(),
  activationEnergy: z.number(),
  sensors: z.array(SensorAnalyticsSchema),
  summary: z.object({
    /** Written from the figures by the server, always present. */
    text: z.string(),
    /** The same rewritten by the configured language model, when one is configured and answered. */
    rewritten: z.string().nullable(),
  }),
});
export type Analytics = z.infer<typeof AnalyticsSchema>;
