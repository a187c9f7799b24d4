import { z } from 'zod';
import { isoDateTime } from './common.js';

export const INSTRUMENT_DRIVERS = ['fluke-1620a', 'http-push'] as const;
export const InstrumentDriverSchema = z.enum(INSTRUMENT_DRIVERS);
export type InstrumentDriver = z.infer<typeof InstrumentDriverSchema>;

export const CONNECTION_STATES = ['connecting', 'connected', 'error', 'disconnected'] as const;
export const ConnectionStateSchema = z.enum(CONNECTION_STATES);
export type ConnectionState = z.infer<typeof ConnectionStateSchema>;

export const SensorLimitsSchema = z.object({
  temperatureMin: z.number().nullable(),
  temperatureMax: z.number().nullable(),
  humidityMin: z.number().min(0).max(100).nullable(),
  humidityMax: z.number().min(0).max(100).nullable(),
});
export type SensorLimits = z.infer<typeof SensorLimitsSchema>;

export const SensorSchema = z.object({
  id: z.uuid(),
  instrumentId: z.uuid(),
  channel: z.number().int(),
  name: z.string(),
  location: z.string(),
  limits: SensorLimitsSchema,
  active: z.boolean(),
  version: z.number().int(),
});
export type Sensor = z.infer<typeof SensorSchema>;

export const InstrumentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  model: z.string(),
  serial: z.string(),
  firmware: z.string(),
  location: z.string(),
  host: z.string(),
  port: z.number().int(),
  driver: InstrumentDriverSchema,
  pollIntervalSeconds: z.number().int(),
  storageIntervalSeconds: z.number().int(),
  enabled: z.boolean(),
  retiredAt: isoDateTime.nullable(),
  connection: z.object({
    state: ConnectionStateSchema,
    lastError: z.string().nullable(),
    lastReadingAt: isoDateTime.nullable(),
  }),
  sensors: z.array(SensorSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Instrument = z.infer<typeof InstrumentSchema>;
export const InstrumentListSchema = z.object({ items: z.array(InstrumentSchema), total: z.number().int() });

const NameSchema = z.string().trim().min(1, { message: 'Enter a name' }).max(120);
const HostSchema = z
  .string()
  .trim()
  .min(1, { message: 'Enter the host name or IP address' })
  .max(253)
  .regex(/^[A-Za-z0-9.:-]+$/, { message: 'Use a host name or an IP address' });
const IntervalSchema = z.number().int().min(1, { message: 'At least 1 second' }).max(86_400);

const instrumentFields = {
  name: NameSchema,
  location: z.string().trim().max(200).default(''),
  host: HostSchema.optional(),
  port: z.number().int().min(1).max(65535).default(10001),
  driver: InstrumentDriverSchema.default('fluke-1620a'),
  pollIntervalSeconds: IntervalSchema.default(5),
  storageIntervalSeconds: IntervalSchema.optional(),
  enabled: z.boolean().default(true),
};

function intervalsInOrder(input: { pollIntervalSeconds?: number; storageIntervalSeconds?: number }) {
  return (
    input.storageIntervalSeconds === undefined ||
    input.pollIntervalSeconds === undefined ||
    input.storageIntervalSeconds >= input.pollIntervalSeconds
  );
}
const STORAGE_RULE = {
  message: 'Store at most once per poll: at least the poll interval',
  path: ['storageIntervalSeconds'],
};

export const CreateInstrumentInputSchema = z
  .strictObject(instrumentFields)
  .refine(intervalsInOrder, STORAGE_RULE)
  .refine((input) => input.driver !== 'fluke-1620a' || Boolean(input.host), {
    message: 'A Fluke 1620A needs its host name or IP address',
    path: ['host'],
  });
export type CreateInstrumentInput = z.input<typeof CreateInstrumentInputSchema>;

export const UpdateInstrumentInputSchema = z
  .strictObject({
    name: NameSchema.optional(),
    location: z.string().trim().max(200).optional(),
    host: HostSchema.optional(),
    port: z.number().int().min(1).max(65535).optional(),
    pollIntervalSeconds: IntervalSchema.optional(),
    storageIntervalSeconds: IntervalSchema.optional(),
    enabled: z.boolean().optional(),
    version: z.number().int().optional(),
  })
  .refine(intervalsInOrder, STORAGE_RULE);
export type UpdateInstrumentInput = z.infer<typeof UpdateInstrumentInputSchema>;

export const UpdateSensorInputSchema = z
  .strictObject({
    name: NameSchema.optional(),
    location: z.string().trim().max(200).optional(),
    limits: SensorLimitsSchema.partial().optional(),
    active: z.boolean().optional(),
    version: z.number().int().optional(),
  })
  .refine(
    (input) =>
      input.limits?.temperatureMin == null ||
      input.limits?.temperatureMax == null ||
      input.limits.temperatureMin < input.limits.temperatureMax,
    { message: 'The minimum must be below the maximum', path: ['limits', 'temperatureMax'] },
  )
  .refine(
    (input) =>
      input.limits?.humidityMin == null ||
      input.limits?.humidityMax == null ||
      input.limits.humidityMin < input.limits.humidityMax,
    { message: 'The minimum must be below the maximum', path: ['limits', 'humidityMax'] },
  );
export type UpdateSensorInput = z.infer<typeof UpdateSensorInputSchema>;

export const RecentReadingsQuerySchema = z.strictObject({
  minutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
});

export const SensorSeriesSchema = z.object({
  sensorId: z.uuid(),
  points: z.array(z.object({ time: isoDateTime, temperature: z.number(), humidity: z.number() })),
});
export type SensorSeries = z.infer<typeof SensorSeriesSchema>;
export const RecentReadingsSchema = z.object({ items: z.array(SensorSeriesSchema) });

export const TestConnectionInputSchema = z.strictObject({
  host: HostSchema,
  port: z.number().int().min(1).max(65535).default(10001),
});
export type TestConnectionInput = z.input<typeof TestConnectionInputSchema>;

export const TestConnectionResultSchema = z.object({
  reachable: z.boolean(),
  /** The `*IDN?` answer, when reached. */
  identity: z.string().nullable(),
  channelNames: z.array(z.string()),
  /** How far the instrument clock is from the server's, in seconds. */
  clockOffsetSeconds: z.number().nullable(),
  error: z.string().nullable(),
});
export type TestConnectionResult = z.infer<typeof TestConnectionResultSchema>;
