import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';

// ── Fleet devices (seed 003): the customers' instruments, their type, status and configuration ─────

export const DEVICE_STATUSES = ['active', 'inactive', 'maintenance'] as const;
export const DeviceStatusSchema = z.enum(DEVICE_STATUSES);
export type DeviceStatus = z.infer<typeof DeviceStatusSchema>;

export const DEVICE_STATUS_LABELS: Record<DeviceStatus, string> = {
  active: 'Active',
  inactive: 'Inactive',
  maintenance: 'Maintenance',
};

/**
 * A device type code (`mask_tester`, `pressure_sensor`…): rows of `fleet_device_types`, so a site adds
 * its own without a release; the configuration template of a type is found by this code.
 */
export const DeviceTypeCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,49}$/, {
    message: 'Lower-case letters, digits and underscores, like mask_tester',
  });

export const DeviceTypeSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** The `device_config` template its devices' configurations must match; none: any JSON object. */
  configTemplate: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** How many devices are of this type. */
  devices: z.number().int(),
});
export type DeviceType = z.infer<typeof DeviceTypeSchema>;
export const DeviceTypeListSchema = z.object({ items: z.array(DeviceTypeSchema) });

/** `POST /fleet/device-types`. */
const deviceTypeLabel = z.string().trim().min(1, { message: 'Give the type a name' }).max(100);

export const CreateDeviceTypeInputSchema = z.strictObject({
  code: DeviceTypeCodeSchema,
  label: deviceTypeLabel,
  /** A `device_config` template; the configurations of the type's devices are checked against it. */
  configTemplateId: z.uuid().nullable().default(null),
});
export type CreateDeviceTypeInput = z.input<typeof CreateDeviceTypeInputSchema>;

/** `PATCH /fleet/device-types/{code}`: its name, or the template its configurations follow (null: none). */
export const UpdateDeviceTypeInputSchema = z.strictObject({
  label: deviceTypeLabel.optional(),
  configTemplateId: z.uuid().nullable().optional(),
});
export type UpdateDeviceTypeInput = z.infer<typeof UpdateDeviceTypeInputSchema>;
export const DeviceTypeParamsSchema = z.strictObject({ code: DeviceTypeCodeSchema });

/** A customer (production's client) as the fleet shows it: whom devices belong to. */
export const FleetCustomerSchema = z.object({ id: z.uuid(), name: z.string(), devices: z.number().int() });
export type FleetCustomer = z.infer<typeof FleetCustomerSchema>;
export const FleetCustomerListSchema = z.object({ items: z.array(FleetCustomerSchema) });

/** A JSON object (a device's configuration): any keys, any JSON values. */
export const JsonObjectSchema = z.record(z.string(), z.json());
export type JsonObject = z.infer<typeof JsonObjectSchema>;

export const DeviceSchema = z.object({
  id: z.uuid(),
  /** Unique, as written on the device: `MT-2024-001`. */
  deviceNumber: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  /** The kind within its type (a model or family): `FFP2 bench`, `0–10 bar`. */
  kind: z.string(),
  serialNumber: z.string(),
  status: DeviceStatusSchema,
  customerId: z.uuid().nullable(),
  customerName: z.string().nullable(),
  configuration: JsonObjectSchema,
  notes: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Device = z.infer<typeof DeviceSchema>;
export const DevicePageSchema = pageOf(DeviceSchema);

const text = (max: number) => z.string().trim().max(max);
const deviceFields = {
  deviceNumber: text(100)
    .min(1, { message: 'Give the device its number' })
    .regex(/^\S+$/, { message: 'A device number has no spaces, like MT-2024-001' }),
  type: DeviceTypeCodeSchema,
  kind: text(100),
  serialNumber: text(100),
  status: DeviceStatusSchema,
  customerId: z.uuid().nullable(),
  configuration: JsonObjectSchema,
  notes: text(5000),
};

/** `POST /fleet/devices`. */
export const CreateDeviceInputSchema = z.strictObject({
  ...deviceFields,
  kind: deviceFields.kind.default(''),
  serialNumber: deviceFields.serialNumber.default(''),
  status: deviceFields.status.default('active'),
  customerId: deviceFields.customerId.default(null),
  configuration: deviceFields.configuration.default({}),
  notes: deviceFields.notes.default(''),
});
export type CreateDeviceInput = z.input<typeof CreateDeviceInputSchema>;

/** `PATCH /fleet/devices/{id}`: the fields given change; `version` (as read) refuses a stale edit with 409. */
export const UpdateDeviceInputSchema = z.strictObject({
  deviceNumber: deviceFields.deviceNumber.optional(),
  type: deviceFields.type.optional(),
  kind: deviceFields.kind.optional(),
  serialNumber: deviceFields.serialNumber.optional(),
  status: deviceFields.status.optional(),
  customerId: deviceFields.customerId.optional(),
  configuration: deviceFields.configuration.optional(),
  notes: deviceFields.notes.optional(),
  version: z.number().int().optional(),
});
export type UpdateDeviceInput = z.infer<typeof UpdateDeviceInputSchema>;

export const DEVICE_SORTS = [
  'deviceNumber',
  '-deviceNumber',
  'type',
  '-type',
  'status',
  '-status',
  'customer',
  '-customer',
  'updatedAt',
  '-updatedAt',
] as const;
export const DeviceListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** Part of the device number, serial number, kind or notes. */
  q: z.string().trim().max(200).optional(),
  type: DeviceTypeCodeSchema.optional(),
  status: DeviceStatusSchema.optional(),
  customerId: z.uuid().optional(),
  sort: z.enum(DEVICE_SORTS).default('deviceNumber'),
});
export type DeviceListQuery = z.input<typeof DeviceListQuerySchema>;
