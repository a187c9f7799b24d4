import { QUANTITIES, type Quantity } from '@factoryops/contracts';
import { type HistoryRange, isHistoryRange, type WallClockRange } from './history-range';
import { parseWallClock } from './zoned-time';

/** What the history page keeps in its address, as `useUrlFilters` reads it (absent = the default). */
export const HISTORY_FILTERS = {
  /** Sensor ids separated by commas. */
  sensors: '',
  range: '24h',
  /** Wall-clock times in the site's zone, for a custom range. */
  from: '',
  to: '',
  quantity: 'both',
  /** The sensor whose readings are listed, when several are chosen. */
  readings: '',
  order: 'desc',
};
export type HistoryFilters = typeof HISTORY_FILTERS;

export const QUANTITY_CHOICES = {
  both: 'Temperature and humidity',
  temperature: 'Temperature',
  humidity: 'Humidity',
} as const;
export type QuantityChoice = keyof typeof QUANTITY_CHOICES;

/** The most sensors one view compares (and one export holds). */
export const MAX_SENSORS = 50;

export interface HistoryView {
  sensorIds: string[];
  range: HistoryRange;
  custom: WallClockRange;
  quantity: QuantityChoice;
  /** The quantities shown, in the order the page shows them. */
  quantities: Quantity[];
  /** Whose readings the table lists: the chosen sensor when it is among those shown, else the first. */
  readingsSensorId: string | null;
  order: 'asc' | 'desc';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sensor ids from the address: well-formed ones only, each once, in the order given. */
export function parseSensorIds(text: string): string[] {
  const ids = text.split(',').filter((id) => UUID.test(id));
  return [...new Set(ids)].slice(0, MAX_SENSORS);
}

const isQuantityChoice = (value: string): value is QuantityChoice => Object.hasOwn(QUANTITY_CHOICES, value);

/** The view an address describes; anything unreadable (edited or outdated links) falls back to the default. */
export function parseHistoryView(filters: HistoryFilters): HistoryView {
  const sensorIds = parseSensorIds(filters.sensors);
  const quantity = isQuantityChoice(filters.quantity) ? filters.quantity : 'both';
  const wallClock = (text: string) => (parseWallClock(text) === null ? '' : text);
  return {
    sensorIds,
    range: isHistoryRange(filters.range) ? filters.range : '24h',
    custom: { from: wallClock(filters.from), to: wallClock(filters.to) },
    quantity,
    quantities: quantity === 'both' ? [...QUANTITIES] : [quantity],
    readingsSensorId: sensorIds.includes(filters.readings) ? filters.readings : (sensorIds[0] ?? null),
    order: filters.order === 'asc' ? 'asc' : 'desc',
  };
}

/** The address's `sensors` with one sensor added or taken away. */
export function toggleSensor(sensorIds: string[], id: string, chosen: boolean): string {
  const others = sensorIds.filter((other) => other !== id);
  return (chosen && !sensorIds.includes(id) ? [...sensorIds, id] : chosen ? sensorIds : others).join(',');
}
