import { Injectable } from '@nestjs/common';
import type {
  CreateDeviceTypeInput,
  Device,
  DeviceListQuerySchema,
  DeviceType,
  CreateDeviceInputSchema,
  FleetCustomer,
  JsonObject,
  Page,
  UpdateDeviceInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../../../common/domain-errors.js';
import { containsPattern } from '../../../common/like-pattern.js';
import { fetchPage } from '../../../common/paging.js';
import { applyPatch } from '../../../common/patch.js';
import { lockForChange } from '../../../database/locked-row.js';
import { refusingDuplicate } from '../../../database/unique-violation.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import { CustomersService } from '../../customers/customers.service.js';
import { DEVICE_NUMBER_INDEX, DeviceEntity } from './device.entity.js';
import { deviceAuditSnapshot, toDeviceDto } from './device.mapper.js';
import { DeviceTypeEntity } from './device-type.entity.js';

type ListQuery = z.output<typeof DeviceListQuerySchema>;
type CreateInput = z.output<typeof CreateDeviceInputSchema>;

const SORT_COLUMNS: Record<string, string> = {
  deviceNumber: 'd.device_number',
  type: 'd.type',
  status: 'd.status',
  customer: 'customer.name',
  updatedAt: 'd.updated_at',
};

const numberTaken = (deviceNumber: string) =>
  new ConflictError(`Device number ${deviceNumber} is already used by another device`, 'deviceNumber');

/**
 * The fleet's devices (seed 003): numbered uniquely (a concurrent duplicate is refused by the unique
 * index, as 409), typed by `fleet_device_types`, owned by one of the customers production shares.
 */
@Injectable()
export class DevicesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly customers: CustomersService,
  ) {}

  list(query: ListQuery): Promise<Page<Device>> {
    const builder = this.read(this.dataSource.manager);
    if (query.q)
      builder.andWhere(
        '(d.device_number ILIKE :q OR d.serial_number ILIKE :q OR d.kind ILIKE :q OR d.notes ILIKE :q)',
        { q: containsPattern(query.q) },
      );
    if (query.type) builder.andWhere('d.type = :type', { type: query.type });
    if (query.status) builder.andWhere('d.status = :status', { status: query.status });
    if (query.customerId) builder.andWhere('d.customer_id = :customerId', { customerId: query.customerId });
    builder
      .orderBy(SORT_COLUMNS[query.sort.replace('-', '')], query.sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy(query.sort.endsWith('deviceNumber') ? 'd.id' : 'd.device_number', 'ASC');
    return fetchPage(builder, query, toDeviceDto);
  }

  async get(id: string): Promise<Device> {
    const device = await this.read(this.dataSource.manager).where('d.id = :id', { id }).getOne();
    if (!device) throw new NotFoundError('Device', id);
    return toDeviceDto(device);
  }

  create(input: CreateInput): Promise<Device> {
    return this.unitOfWork.run(async (work) => {
      await this.checkReferences(work.manager, input);
      const { id } = await refusingDuplicate(work.manager.save(work.manager.create(DeviceEntity, input)), {
        [DEVICE_NUMBER_INDEX]: () => numberTaken(input.deviceNumber),
      });
      const device = await this.stored(work.manager, id);
      await work.audit({
        entityType: 'fleet_device',
        entityId: id,
        action: 'create',
        changes: createdFields(deviceAuditSnapshot(device)),
      });
      return toDeviceDto(device);
    });
  }

  update(id: string, input: UpdateDeviceInput): Promise<Device> {
    return this.unitOfWork.run(async (work) => {
      const device = await lockForChange(work.manager, DeviceEntity, id, input.version, 'Device');
      const before = deviceAuditSnapshot(device);
      const { version: _, ...changes } = input;
      applyPatch(device, changes);
      await this.checkReferences(work.manager, device);
      await refusingDuplicate(work.manager.save(device), {
        [DEVICE_NUMBER_INDEX]: () => numberTaken(device.deviceNumber),
      });
      const stored = await this.stored(work.manager, id);
      const changed = diffFields(before, deviceAuditSnapshot(stored));
      if (Object.keys(changed).length > 0)
        await work.audit({ entityType: 'fleet_device', entityId: id, action: 'update', changes: changed });
      return toDeviceDto(stored);
    });
  }

  // Installations and test reports will refer to devices: removing one of those must answer 409 then.
  remove(id: string): Promise<void> {
    return this.unitOfWork.run(async (work) => {
      const device = await lockForChange(work.manager, DeviceEntity, id, undefined, 'Device');
      await work.manager.delete(DeviceEntity, { id });
      await work.audit({
        entityType: 'fleet_device',
        entityId: id,
        action: 'delete',
        changes: diffFields(deviceAuditSnapshot(device), {}),
      });
    });
  }

  async types(): Promise<DeviceType[]> {
    const rows = await this.dataSource.query<{ code: string; label: string; devices: number }[]>(
      `SELECT t.code, t.label, count(d.id)::int AS devices
         FROM fleet_device_types t LEFT JOIN fleet_devices d ON d.type = t.code
        GROUP BY t.code ORDER BY t.label`,
    );
    return rows;
  }

  createType(input: CreateDeviceTypeInput): Promise<DeviceType> {
    return this.unitOfWork.run(async (work) => {
      const inserted = await work.manager
        .createQueryBuilder()
        .insert()
        .into(DeviceTypeEntity)
        .values(input)
        .orIgnore()
        .returning(['code'])
        .execute();
      if (inserted.raw.length === 0)
        throw new ConflictError(`The device type ${input.code} already exists`, 'code');
      await work.audit({
        entityType: 'fleet_device_type',
        entityId: input.code,
        action: 'create',
        changes: createdFields(input),
      });
      return { ...input, devices: 0 };
    });
  }

  /** Every customer, by name, with its number of devices: whom a device may belong to. */
  customersWithDevices(): Promise<FleetCustomer[]> {
    return this.dataSource.query<FleetCustomer[]>(
      `SELECT c.id, c.name, count(d.id)::int AS devices
         FROM customers c LEFT JOIN fleet_devices d ON d.customer_id = c.id
        GROUP BY c.id ORDER BY c.name, c.id`,
    );
  }

  private read(manager: EntityManager) {
    return manager
      .getRepository(DeviceEntity)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.deviceType', 'deviceType')
      .leftJoinAndSelect('d.customer', 'customer');
  }

  private async stored(manager: EntityManager, id: string): Promise<DeviceEntity> {
    return this.read(manager).where('d.id = :id', { id }).getOneOrFail();
  }

  /** 400 naming the field for an unknown type or customer; the configuration checked for its type. */
  private async checkReferences(
    manager: EntityManager,
    device: { type: string; customerId: string | null; configuration: JsonObject },
  ): Promise<void> {
    if (!(await manager.existsBy(DeviceTypeEntity, { code: device.type })))
      throw new ValidationError([{ path: 'type', message: `There is no device type ${device.type}` }]);
    if (device.customerId)
      await this.customers.find(manager, device.customerId).catch((error: unknown) => {
        throw error instanceof NotFoundError
          ? new ValidationError([{ path: 'customerId', message: 'There is no such customer' }])
          : error;
      });
    // The seam for the templates part: the configuration is to be validated here against the
    // `device_config` template of `device.type` (400 with the schema's message and the JSON pointer).
  }
}
