import type { Instrument } from '@factoryops/contracts';

/** A sensor as the history page offers it: grouped under its instrument, named with it. */
export interface SensorChoice {
  id: string;
  name: string;
  location: string;
  instrumentName: string;
  /** "Lab 1A (Calibration lab)", as the live cards name a sensor: legends, headings and selectors. */
  label: string;
  storageIntervalSeconds: number;
}

export interface InstrumentChoices {
  id: string;
  name: string;
  retired: boolean;
  sensors: SensorChoice[];
}

/** Every instrument with its sensors, by channel; instruments in service first (history outlives retirement). */
export function sensorChoices(instruments: Instrument[]): InstrumentChoices[] {
  return instruments
    .map((instrument) => ({
      id: instrument.id,
      name: instrument.name,
      retired: instrument.retiredAt !== null,
      sensors: [...instrument.sensors]
        .sort((a, b) => a.channel - b.channel)
        .map((sensor) => ({
          id: sensor.id,
          name: sensor.name,
          location: sensor.location,
          instrumentName: instrument.name,
          label: `${sensor.name} (${instrument.name})`,
          storageIntervalSeconds: instrument.storageIntervalSeconds,
        })),
    }))
    .filter((instrument) => instrument.sensors.length > 0)
    .sort((a, b) => Number(a.retired) - Number(b.retired));
}

/** The chosen sensors that exist, in the order chosen. */
export function chosenSensors(groups: InstrumentChoices[], ids: string[]): SensorChoice[] {
  const byId = new Map(groups.flatMap((group) => group.sensors).map((sensor) => [sensor.id, sensor]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
