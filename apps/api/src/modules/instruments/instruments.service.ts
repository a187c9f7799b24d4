import { Injectable } from '@nestjs/common';
import type {
  ConnectionState,
  CreateInstrumentInputSchema,
  Instrument,
  Sensor,
  UpdateInstrumentInput,
  UpdateSensorInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ConflictError, NotFoundError } from '../../common/domain-errors.js';
import { UnitOfWork, type Work } from '../../database/unit-of-work.js';
import { createdFields, diffFields } from '../audit/audit-diff.js';
import { entityChanged } from '../realtime/domain-events.js';
import { InstrumentEntity } from './instrument.entity.js';
import {
  instrumentAuditSnapshot,
  sensorAuditSnapshot,
  toInstrumentDto,
  toSensorDto,
} from './instrument.mapper.js';
import { SensorEntity } from './sensor.entity.js';

type CreateInstrumentInput = z.output<typeof CreateInstrumentInputSchema>;

const CHANNELS_BY_DRIVER = { 'fluke-1620a': 2, 'http-push': 1 } as const;
const defaultSensorName = (channel: number) => `Channel ${channel}`;

/** Instruments and their sensors: settings (audited), identity read from the device, connection state. */
@Injectable()
export class InstrumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(): Promise<Instrument[]> {
    const instruments = await this.dataSource
      .getRepository(InstrumentEntity)
      .find({ relations: { sensors: true }, order: { name: 'ASC' } });
    return instruments.map(toInstrumentDto);
  }

  async get(id: string): Promise<Instrument> {
    return toInstrumentDto(await this.find(this.dataSource.manager, id));
  }

  async create(input: CreateInstrumentInput): Promise<Instrument> {
    return this.unitOfWork.run(async (work) => {
      const instrument = await work.manager.save(
        work.manager.create(InstrumentEntity, {
          name: input.name,
          location: input.location,
          host: input.host ?? '',
          port: input.port,
          driver: input.driver,
          pollIntervalSeconds: input.pollIntervalSeconds,
          storageIntervalSeconds: input.storageIntervalSeconds ?? input.pollIntervalSeconds,
          enabled: input.enabled,
          retiredAt: null,
          lastError: null,
          lastReadingAt: null,
        }),
      );
      const channels = Array.from({ length: CHANNELS_BY_DRIVER[input.driver] }, (_, i) => i + 1);
      instrument.sensors = await work.manager.save(
        channels.map((channel) =>
          work.manager.create(SensorEntity, {
            instrumentId: instrument.id,
            channel,
            name: defaultSensorName(channel),
            location: input.location,
            temperatureMin: null,
            temperatureMax: null,
            humidityMin: null,
            humidityMax: null,
            active: true,
          }),
        ),
      );
      await work.audit({
        entityType: 'instrument',
        entityId: instrument.id,
        action: 'create',
        changes: createdFields(instrumentAuditSnapshot(instrument)),
      });
      this.announce(work, instrument.id, 'create');
      return toInstrumentDto(instrument);
    });
  }

  async update(id: string, input: UpdateInstrumentInput): Promise<Instrument> {
    return this.unitOfWork.run(async (work) => {
      const instrument = await this.find(work.manager, id, true);
      if (input.version !== undefined && input.version !== instrument.version) {
        throw new ConflictError(
          'Someone else changed this instrument meanwhile. Reload and try again.',
          'version',
        );
      }
      const before = instrumentAuditSnapshot(instrument);
      const { version: _version, ...fields } = input;
      Object.assign(
        instrument,
        Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      );
      if (instrument.storageIntervalSeconds < instrument.pollIntervalSeconds) {
        instrument.storageIntervalSeconds = instrument.pollIntervalSeconds;
      }
      return this.saveSettings(work, instrument, before, 'update');
    });
  }

  /** Removes an instrument that never stored a reading; one with history can only be retired. */
  async remove(id: string): Promise<void> {
    await this.unitOfWork.run(async (work) => {
      const instrument = await this.find(work.manager, id, true);
      const stored: { n: number }[] = await work.manager.query(
        'SELECT count(*)::int AS n FROM readings r JOIN sensors s ON s.id = r.sensor_id WHERE s.instrument_id = $1',
        [id],
      );
      if (stored[0].n > 0) {
        throw new ConflictError(
          `${instrument.name} has ${stored[0].n} stored readings: retire it instead of deleting it`,
        );
      }
      await work.manager.delete(InstrumentEntity, { id });
      await work.audit({
        entityType: 'instrument',
        entityId: id,
        action: 'delete',
        changes: diffFields(instrumentAuditSnapshot(instrument), {}),
      });
      this.announce(work, id, 'delete');
    });
  }

  /** Stops polling for good while keeping the instrument and its history. */
  async retire(id: string): Promise<Instrument> {
    return this.unitOfWork.run(async (work) => {
      const instrument = await this.find(work.manager, id, true);
      if (instrument.retiredAt) return toInstrumentDto(instrument);
      const before = instrumentAuditSnapshot(instrument);
      instrument.retiredAt = new Date();
      instrument.enabled = false;
      return this.saveSettings(work, instrument, before, 'retire');
    });
  }

  async updateSensor(id: string, input: UpdateSensorInput): Promise<Sensor> {
    return this.unitOfWork.run(async (work) => {
      const sensor = await work.manager.findOne(SensorEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!sensor) throw new NotFoundError('Sensor', id);
      if (input.version !== undefined && input.version !== sensor.version) {
        throw new ConflictError(
          'Someone else changed this sensor meanwhile. Reload and try again.',
          'version',
        );
      }
      const before = sensorAuditSnapshot(sensor);
      if (input.name !== undefined) sensor.name = input.name;
      if (input.location !== undefined) sensor.location = input.location;
      if (input.active !== undefined) sensor.active = input.active;
      for (const key of ['temperatureMin', 'temperatureMax', 'humidityMin', 'humidityMax'] as const) {
        if (input.limits && key in input.limits) sensor[key] = input.limits[key] ?? null;
      }
      const changes = diffFields(before, sensorAuditSnapshot(sensor));
      if (Object.keys(changes).length === 0) return toSensorDto(sensor);
      const saved = await work.manager.save(sensor);
      await work.audit({ entityType: 'sensor', entityId: id, action: 'update', changes });
      work.emitAfterCommit(entityChanged('sensor', id, 'update'));
      return toSensorDto(saved);
    });
  }

  /** What the device said about itself on connecting; channel names fill sensors still named by default. */
  async recordIdentity(
    id: string,
    identity: { model: string; serial: string; firmware: string },
    channelNames: string[],
  ): Promise<void> {
    const { model, serial, firmware } = identity;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        InstrumentEntity,
        { id },
        { model, serial, firmware, version: () => 'version', updatedAt: () => 'updated_at' },
      );
      for (const [index, name] of channelNames.entries()) {
        if (!name) continue;
        await manager.update(
          SensorEntity,
          { instrumentId: id, channel: index + 1, name: defaultSensorName(index + 1) },
          { name, version: () => 'version' },
        );
      }
    });
  }

  async recordConnection(id: string, state: ConnectionState, lastError: string | null): Promise<void> {
    await this.dataSource
      .getRepository(InstrumentEntity)
      .update(
        { id },
        { connectionState: state, lastError, version: () => 'version', updatedAt: () => 'updated_at' },
      );
  }

  /**
   * Saves changed settings (not the loaded sensors), audits the fields that differ from `before`, and
   * announces the change after commit. Nothing changed: nothing written.
   */
  private async saveSettings(
    work: Work,
    instrument: InstrumentEntity,
    before: Record<string, unknown>,
    action: 'update' | 'retire',
  ): Promise<Instrument> {
    const changes = diffFields(before, instrumentAuditSnapshot(instrument));
    if (Object.keys(changes).length === 0) return toInstrumentDto(instrument);
    const { sensors, ...row } = instrument;
    const saved = await work.manager.save(InstrumentEntity, row);
    await work.audit({ entityType: 'instrument', entityId: instrument.id, action, changes });
    this.announce(work, instrument.id, action);
    return toInstrumentDto({ ...saved, sensors } as InstrumentEntity);
  }

  private announce(work: Work, id: string, action: string): void {
    work.emitAfterCommit(entityChanged('instrument', id, action));
    work.emitAfterCommit({ type: 'instrument.configured', instrumentId: id });
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<InstrumentEntity> {
    const instrument = await manager.findOne(InstrumentEntity, {
      where: { id },
      ...(lock
        ? { lock: { mode: 'pessimistic_write' as const, tables: ['instruments'] } }
        : { relations: { sensors: true } }),
    });
    if (!instrument) throw new NotFoundError('Instrument', id);
    if (lock) instrument.sensors = await manager.find(SensorEntity, { where: { instrumentId: id } });
    return instrument;
  }
}
