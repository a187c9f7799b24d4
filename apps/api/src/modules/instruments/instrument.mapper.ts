import type { Instrument, Sensor } from '@factoryops/contracts';
import type { InstrumentEntity } from './instrument.entity.js';
import type { SensorEntity } from './sensor.entity.js';

export function toSensorDto(sensor: SensorEntity): Sensor {
  return {
    id: sensor.id,
    instrumentId: sensor.instrumentId,
    channel: sensor.channel,
    name: sensor.name,
    location: sensor.location,
    limits: {
      temperatureMin: sensor.temperatureMin,
      temperatureMax: sensor.temperatureMax,
      humidityMin: sensor.humidityMin,
      humidityMax: sensor.humidityMax,
    },
    active: sensor.active,
    version: sensor.version,
  };
}

export function toInstrumentDto(instrument: InstrumentEntity): Instrument {
  return {
    id: instrument.id,
    name: instrument.name,
    model: instrument.model,
    serial: instrument.serial,
    firmware: instrument.firmware,
    location: instrument.location,
    host: instrument.host,
    port: instrument.port,
    driver: instrument.driver,
    pollIntervalSeconds: instrument.pollIntervalSeconds,
    storageIntervalSeconds: instrument.storageIntervalSeconds,
    enabled: instrument.enabled,
    retiredAt: instrument.retiredAt?.toISOString() ?? null,
    connection: {
      state: instrument.connectionState,
      lastError: instrument.lastError,
      lastReadingAt: instrument.lastReadingAt?.toISOString() ?? null,
    },
    sensors: [...(instrument.sensors ?? [])].sort((a, b) => a.channel - b.channel).map(toSensorDto),
    createdAt: instrument.createdAt.toISOString(),
    updatedAt: instrument.updatedAt.toISOString(),
    version: instrument.version,
  };
}

/** What audit entries record of an instrument's settings. */
export function instrumentAuditSnapshot(instrument: InstrumentEntity): Record<string, unknown> {
  return {
    name: instrument.name,
    location: instrument.location,
    host: instrument.host,
    port: instrument.port,
    driver: instrument.driver,
    pollIntervalSeconds: instrument.pollIntervalSeconds,
    storageIntervalSeconds: instrument.storageIntervalSeconds,
    enabled: instrument.enabled,
    retiredAt: instrument.retiredAt?.toISOString() ?? null,
  };
}

export function sensorAuditSnapshot(sensor: SensorEntity): Record<string, unknown> {
  return {
    ...toSensorDto(sensor).limits,
    name: sensor.name,
    location: sensor.location,
    active: sensor.active,
  };
}
