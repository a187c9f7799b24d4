import type { Device } from '@factoryops/contracts';
import type { DeviceEntity } from './device.entity.js';

/** A device read with its type and (when it has one) its customer. */
export const toDeviceDto = (device: DeviceEntity): Device => ({
  id: device.id,
  deviceNumber: device.deviceNumber,
  type: device.type,
  typeLabel: device.deviceType?.label ?? device.type,
  kind: device.kind,
  serialNumber: device.serialNumber,
  status: device.status,
  customerId: device.customerId,
  customerName: device.customer?.name ?? null,
  configuration: device.configuration,
  notes: device.notes,
  createdAt: device.createdAt.toISOString(),
  updatedAt: device.updatedAt.toISOString(),
  version: device.version,
});

/** What an audit entry records of a device: its fields. */
export const deviceAuditSnapshot = ({
  id: _,
  deviceType: __,
  customer: ___,
  createdAt: ____,
  updatedAt: _____,
  version: ______,
  ...fields
}: DeviceEntity) => fields;
