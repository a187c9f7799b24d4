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
  UpdateDeviceTypeInput,
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
import { JsonTemplateEntity } from '../templates/json-template.entity.js';
import { TemplateValidation } from '../templates/template-validation.service.js';
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
    private readonly templates: TemplateValidation,
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

  async types(manager: EntityManager = this.dataSource.manager): Promise<DeviceType[]> {
    const rows = await manager.query<
      {
        code: string;
        label: string;
        devices: number;
        templateId: string | null;
        templateName: string | null;
      }[]
    >(
      `SELECT t.code, t.label, count(d.id)::int AS devices, j.id AS "templateId", j.name AS "templateName"
         FROM fleet_device_types t
         LEFT JOIN fleet_devices d ON d.type = t.code
         LEFT JOIN fleet_json_templates j ON j.id = t.config_template_id
        GROUP BY t.code, j.id ORDER BY t.label`,
    );
    return rows.map(({ templateId, templateName, ...type }) => ({
      ...type,
      configTemplate: templateId && templateName !== null ? { id: templateId, name: templateName } : null,
    }));
  }

  createType(input: CreateDeviceTypeInput): Promise<DeviceType> {
    return this.unitOfWork.run(async (work) => {
      const type = { code: input.code, label: input.label, configTemplateId: input.configTemplateId ?? null };
      await this.assertConfigTemplate(work.manager, type.configTemplateId);
      const inserted = await work.manager
        .createQueryBuilder()
        .insert()
        .into(DeviceTypeEntity)
        .values(type)
        .orIgnore()
        .returning(['code'])
        .execute();
      if (inserted.raw.length === 0)
        throw new ConflictError(`The device type ${input.code} already exists`, 'code');
      await work.audit({
        entityType: 'fleet_device_type',
        entityId: input.code,
        action: 'create',
        changes: createdFields(type),
      });
      return this.typeOf(work.manager, input.code);
    });
  }

  /**
   * Renames a type, or gives it the `device_config` template its devices' configurations must match from
   * now on (null: none). Devices already stored are checked when they are next saved.
   */
  updateType(code: string, input: UpdateDeviceTypeInput): Promise<DeviceType> {
    return this.unitOfWork.run(async (work) => {
      const type = await work.manager
        .getRepository(DeviceTypeEntity)
        .createQueryBuilder('t')
        .where('t.code = :code', { code })
        .setLock('pessimistic_write')
        .getOne();
      if (!type) throw new NotFoundError('Device type', code);
      if (input.configTemplateId) await this.assertConfigTemplate(work.manager, input.configTemplateId);
      const before = { label: type.label, configTemplateId: type.configTemplateId };
      const after = {
        label: input.label ?? type.label,
        configTemplateId:
          input.configTemplateId === undefined ? type.configTemplateId : input.configTemplateId,
      };
      const changes = diffFields(before, after);
      if (Object.keys(changes).length > 0) {
        await work.manager.update(DeviceTypeEntity, { code }, after);
        await work.audit({ entityType: 'fleet_device_type', entityId: code, action: 'update', changes });
      }
      return this.typeOf(work.manager, code);
    });
  }

  private async typeOf(manager: EntityManager, code: string): Promise<DeviceType> {
    const type = (await this.types(manager)).find((row) => row.code === code);
    if (!type) throw new NotFoundError('Device type', code);
    return type;
  }

  /** 400 naming `configTemplateId` unless it is an existing `device_config` template. */
  private async assertConfigTemplate(manager: EntityManager, templateId: string | null): Promise<void> {
    if (!templateId) return;
    const template = await manager.getRepository(JsonTemplateEntity).findOneBy({ id: templateId });
    if (template?.type !== 'device_config')
      throw new ValidationError([
        {
          path: 'configTemplateId',
          message: template
            ? `"${template.name}" is a ${template.type} template, not a device_config one`
            : 'There is no such template',
        },
      ]);
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

  /** 400 naming the field for an unknown type or customer, or a configuration its type's template refuses. */
  private async checkReferences(
    manager: EntityManager,
    device: { type: string; customerId: string | null; configuration: JsonObject },
  ): Promise<void> {
    const type = await manager.getRepository(DeviceTypeEntity).findOneBy({ code: device.type });
    if (!type)
      throw new ValidationError([{ path: 'type', message: `There is no device type ${device.type}` }]);
    if (device.customerId)
      await this.customers.find(manager, device.customerId).catch((error: unknown) => {
        throw error instanceof NotFoundError
          ? new ValidationError([{ path: 'customerId', message: 'There is no such customer' }])
          : error;
      });
    // A configuration follows its type's template, if the type has one (400 naming `configuration`, each
    // error with the schema's message and the JSON pointer of the bad value); an empty one is a device
    // not configured yet.
    if (type.configTemplateId && Object.keys(device.configuration).length > 0)
      await this.templates.assertValid(
        { templateId: type.configTemplateId },
        device.configuration,
        'configuration',
        manager,
      );
  }
}
