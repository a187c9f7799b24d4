import { EXCURSIONS_LISTED, type SensorAnalytics } from '@factoryops/contracts';
import { useState } from 'react';
import { countText, QUANTITY_LABELS, valueText } from '../history/figures';
import { formatInZone } from '../history/zoned-time';
import { directionText, durationText } from './analytics-figures';

/** Rows shown before "Show all": a sensor's excursions may run to the hundreds. */
const FIRST_ROWS = 10;

interface ExcursionsTableProps {
  /** The sensor's name as the page heads its section. */
  label: string;
  analytics: SensorAnalytics;
  timeZone: string;
}

/** Every stretch one quantity spent beyond one side of its limit, by start; the longest when there are many. */
export function ExcursionsTable({ label, analytics, timeZone }: ExcursionsTableProps) {
  const [all, setAll] = useState(false);
  const { excursions, excursionCount } = analytics;
  const shown = all ? excursions : excursions.slice(0, FIRST_ROWS);
  const heading = `Excursions (${countText(excursionCount)})`;
  return (
    <section className="analytics-excursions" aria-label={`Excursions of ${label}`}>
      <h3>{heading}</h3>
      {excursionCount > excursions.length ? (
        <p className="muted small">
          Only the {countText(Math.min(EXCURSIONS_LISTED, excursions.length))} longest of{' '}
          {countText(excursionCount)} excursions are listed, by start.
        </p>
      ) : null}
      {excursions.length === 0 ? (
        <p className="muted">
          {Object.values(analytics.limits).every((limit) => limit === null)
            ? 'The sensor has no limits, so nothing counts as an excursion.'
            : 'No excursion: every reading in this range was within the limits.'}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table analytics-excursions__table">
            <thead>
              <tr>
                <th>Excursion</th>
                <th>Start</th>
                <th className="table__secondary">End</th>
                <th className="numeric">Duration</th>
                <th className="numeric">Worst</th>
                <th className="numeric">Limit</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((excursion) => (
                <tr key={`${excursion.quantity}-${excursion.direction}-${excursion.start}`}>
                  <td>
                    {QUANTITY_LABELS[excursion.quantity]}
                    <span
                      className={`badge analytics-excursions__direction ${excursion.direction === 'high' ? 'badge--danger' : 'badge--info'}`}
                    >
                      {directionText(excursion.direction)}
                    </span>
                  </td>
                  <td className="nowrap">{formatInZone(excursion.start, timeZone)}</td>
                  <td className="nowrap table__secondary">{formatInZone(excursion.end, timeZone)}</td>
                  <td className="numeric nowrap">{durationText(excursion.durationMs)}</td>
                  <td className="numeric">
                    {valueText(excursion.quantity, excursion.worst.value)}
                    <span className="analytics-time">{formatInZone(excursion.worst.time, timeZone)}</span>
                  </td>
                  <td className="numeric nowrap">{valueText(excursion.quantity, excursion.limit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {excursions.length > FIRST_ROWS ? (
        <button type="button" className="button button--ghost button--small" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST_ROWS}` : `Show all ${countText(excursions.length)} listed`}
        </button>
      ) : null}
    </section>
  );
}
