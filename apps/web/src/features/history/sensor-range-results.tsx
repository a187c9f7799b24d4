import type { ReactNode } from 'react';
import type { InstantRange } from './history-range';
import type { SensorRange } from './use-sensor-range';

interface SensorRangeResultsProps {
  sensorRange: Pick<SensorRange, 'site' | 'instruments' | 'sensors' | 'timeZone' | 'range'>;
  /** The empty state's text before any sensor is chosen: what the page will show of them. */
  chooseText: string;
  /** The page's results, once the site's zone, the sensors and a whole range are known. */
  children(known: { range: InstantRange; timeZone: string }): ReactNode;
}

/**
 * What a sensors-over-a-range page shows below its controls: loading, the sensors or the range still
 * to choose, else its results. A failed load shows nothing here (the page's banner says why).
 */
export function SensorRangeResults({ sensorRange, chooseText, children }: SensorRangeResultsProps) {
  const { site, instruments, sensors, timeZone, range } = sensorRange;
  if (!timeZone || instruments.isPending) {
    return site.isPending || instruments.isPending ? <p className="muted">Loading…</p> : null;
  }
  if (sensors.length === 0) {
    return (
      <div className="empty-state">
        <h2>Choose sensors</h2>
        <p>{chooseText}</p>
      </div>
    );
  }
  if (!range) return <p className="muted">Choose the start and the end of the range.</p>;
  return children({ range, timeZone });
}
