import type { History, Quantity, TimedValue } from '@factoryops/contracts';
import { countText, coverageText, QUANTITY_LABELS, sourceText, valueText } from './figures';
import type { SensorChoice } from './sensor-choices';
import { formatInZone } from './zoned-time';

export interface SensorStatistics {
  sensor: SensorChoice;
  history: History | undefined;
}

interface StatisticsTableProps {
  rows: SensorStatistics[];
  quantities: Quantity[];
  timeZone: string;
}

function TimedCell({
  quantity,
  point,
  timeZone,
}: {
  quantity: Quantity;
  point: TimedValue;
  timeZone: string;
}) {
  return (
    <td className="numeric">
      {valueText(quantity, point.value)}
      <span className="history-stats__time">{formatInZone(point.time, timeZone)}</span>
    </td>
  );
}

/**
 * Per sensor and quantity: minimum and maximum with their times, the time-weighted mean, the first
 * and last value; beside the sensor's name its reading count, coverage, and where the figures come from.
 */
export function StatisticsTable({ rows, quantities, timeZone }: StatisticsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table history-stats">
        <thead>
          <tr>
            <th>Sensor</th>
            <th>Quantity</th>
            <th className="numeric">Min</th>
            <th className="numeric">Max</th>
            <th className="numeric">Mean</th>
            <th className="numeric table__secondary">First</th>
            <th className="numeric table__secondary">Last</th>
          </tr>
        </thead>
        {rows.map(({ sensor, history }) => (
          <tbody key={sensor.id} aria-label={sensor.label}>
            {quantities.map((quantity, index) => {
              const statistics = history?.statistics[quantity];
              const first = index === 0;
              const span = quantities.length;
              return (
                <tr key={quantity}>
                  {first ? (
                    <th scope="rowgroup" rowSpan={span}>
                      {sensor.label}
                      {history ? (
                        <span className="history-stats__note">
                          {history.count === 1 ? '1 reading' : `${countText(history.count)} readings`},{' '}
                          {coverageText(history.coverage)} covered
                          <br />
                          {sourceText(history.source)}
                        </span>
                      ) : null}
                    </th>
                  ) : null}
                  <td>{QUANTITY_LABELS[quantity]}</td>
                  {statistics ? (
                    <>
                      <TimedCell quantity={quantity} point={statistics.min} timeZone={timeZone} />
                      <TimedCell quantity={quantity} point={statistics.max} timeZone={timeZone} />
                      <td className="numeric">{valueText(quantity, statistics.mean)}</td>
                      <td className="numeric table__secondary">
                        {valueText(quantity, statistics.first.value)}
                      </td>
                      <td className="numeric table__secondary">
                        {valueText(quantity, statistics.last.value)}
                      </td>
                    </>
                  ) : (
                    <>
                      <td colSpan={3} className="muted">
                        {history ? 'No readings in this range' : 'Loading…'}
                      </td>
                      <td className="table__secondary" />
                      <td className="table__secondary" />
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
