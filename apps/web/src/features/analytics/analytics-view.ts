import { DEFAULT_ACTIVATION_ENERGY_K } from '@factoryops/contracts';
import { type HistoryRange, isHistoryRange, type WallClockRange } from '../history/history-range';
import { parseSensorIds } from '../history/history-view';
import { parseWallClock } from '../history/zoned-time';

/** What the analytics page keeps in its address, as `useUrlFilters` reads it (absent = the default). */
export const ANALYTICS_FILTERS = {
  /** Sensor ids separated by commas. */
  sensors: '',
  range: '7d',
  /** Wall-clock times in the site's zone, for a custom range. */
  from: '',
  to: '',
  /** ΔH/R of the mean kinetic temperature in kelvin, as typed (the server checks it). */
  activationEnergy: String(DEFAULT_ACTIVATION_ENERGY_K),
};
export type AnalyticsFilters = typeof ANALYTICS_FILTERS;

export interface AnalyticsView {
  sensorIds: string[];
  range: HistoryRange;
  custom: WallClockRange;
  /** As the address holds it; a number for the query, or the text for the server to refuse. */
  activationEnergy: string;
}

/** The view an address describes; anything unreadable (edited or outdated links) falls back to the default. */
export function parseAnalyticsView(filters: AnalyticsFilters): AnalyticsView {
  const wallClock = (text: string) => (parseWallClock(text) === null ? '' : text);
  return {
    sensorIds: parseSensorIds(filters.sensors),
    range: isHistoryRange(filters.range) ? filters.range : '7d',
    custom: { from: wallClock(filters.from), to: wallClock(filters.to) },
    activationEnergy: filters.activationEnergy.trim() || String(DEFAULT_ACTIVATION_ENERGY_K),
  };
}
