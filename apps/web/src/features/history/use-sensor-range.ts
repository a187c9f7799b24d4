import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { instrumentListQuery } from '../instruments/queries';
import { type HistoryRange, rangeQuery, toWallClockRange, type WallClockRange } from './history-range';
import { toggleSensor } from './history-view';
import { siteQuery } from './queries';
import { chosenSensors, sensorChoices } from './sensor-choices';
import { floorToMinute } from './zoned-time';

/** The part of a page's address that says which sensors it shows over which range. */
export interface SensorRangeFilters {
  /** Sensor ids separated by commas. */
  sensors: string;
  range: string;
  /** Wall-clock times in the site's zone, for a custom range. */
  from: string;
  to: string;
}

/** What the page read from those filters. */
export interface SensorRangeView {
  sensorIds: string[];
  range: HistoryRange;
  custom: WallClockRange;
}

/**
 * Chosen sensors over a range, kept in the address by the history and analytics pages: the site's zone,
 * the sensors chosen, the range as the API takes it, and the props of the shared fields that change
 * them (`SensorRangeFields`, `CustomRangeFields`). `setFilters` is the page's own (`useUrlFilters`),
 * so each page keeps its other filters; `onRangeChange` runs before the fields change the range.
 */
export function useSensorRange(
  view: SensorRangeView,
  setFilters: (changes: Partial<SensorRangeFilters>) => void,
  onRangeChange?: () => void,
) {
  const site = useQuery(siteQuery);
  const instruments = useQuery(instrumentListQuery);
  // Presets end at this minute until the page is refreshed or another preset chosen.
  const [now, setNow] = useState(() => floorToMinute(Date.now()));

  const groups = sensorChoices(instruments.data?.items ?? []);
  const sensors = chosenSensors(groups, view.sensorIds);
  const timeZone = site.data?.timeZone;
  const range = timeZone ? rangeQuery(view.range, view.custom, now, timeZone) : null;

  const refresh = () => setNow(floorToMinute(Date.now()));
  const chooseRange = (value: HistoryRange) => {
    onRangeChange?.();
    if (value === 'custom') {
      // A custom range starts from the one shown, to adjust rather than type from scratch.
      setFilters({ range: value, ...(range && timeZone ? toWallClockRange(range, timeZone) : {}) });
    } else {
      refresh();
      setFilters({ range: value, from: '', to: '' });
    }
  };
  const chooseSensor = (id: string, chosen: boolean) =>
    setFilters({
      sensors: toggleSensor(
        sensors.map((sensor) => sensor.id),
        id,
        chosen,
      ),
    });
  const setBound = (bound: keyof WallClockRange, value: string) => {
    onRangeChange?.();
    setFilters({ [bound]: value });
  };

  return {
    site,
    instruments,
    sensors,
    timeZone,
    range,
    custom: view.range === 'custom',
    refresh,
    rangeFields: {
      groups,
      chosen: sensors,
      range: view.range,
      onToggleSensor: chooseSensor,
      onRange: chooseRange,
    },
    customRangeFields: { custom: view.custom, onChange: setBound },
  };
}

export type SensorRange = ReturnType<typeof useSensorRange>;
