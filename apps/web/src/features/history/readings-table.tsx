import type { ReadingRow } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type Column, DataTable } from '../../components/data-table';
import { ErrorBanner } from '../../components/error-banner';
import { Pager } from '../../components/pager';
import { numberText } from './figures';
import type { InstantRange } from './history-range';
import { readingPageQuery } from './queries';
import type { SensorChoice } from './sensor-choices';
import { formatInZone } from './zoned-time';

const PAGE_SIZE = 25;

function columns(timeZone: string): Column<ReadingRow>[] {
  const numeric = (header: string, cell: Column<ReadingRow>['cell'], secondary = false) => ({
    header,
    cell,
    className: 'numeric',
    secondary,
  });
  return [
    { header: 'Time', sortKey: 'time', cell: (row) => formatInZone(row.time, timeZone, 'medium') },
    numeric('T raw (°C)', (row) => numberText('temperature', row.temperatureRaw), true),
    numeric('T corrected (°C)', (row) => numberText('temperature', row.temperature)),
    numeric('RH raw (%)', (row) => numberText('humidity', row.humidityRaw), true),
    numeric('RH corrected (%)', (row) => numberText('humidity', row.humidity)),
    { header: 'Certificate', cell: (row) => row.certificateNumber ?? <span className="muted">none</span> },
  ];
}

interface ReadingsTableProps {
  sensors: SensorChoice[];
  sensor: SensorChoice;
  range: InstantRange | null;
  order: 'asc' | 'desc';
  page: number;
  timeZone: string;
  onSensor(id: string): void;
  onOrder(order: 'asc' | 'desc'): void;
  onPage(page: number): void;
}

/** Every stored reading of one sensor in the range, raw and corrected, a page at a time. */
export function ReadingsTable({
  sensors,
  sensor,
  range,
  order,
  page,
  timeZone,
  onSensor,
  onOrder,
  onPage,
}: ReadingsTableProps) {
  const readings = useQuery(
    readingPageQuery(sensor.id, range && { ...range, page, pageSize: PAGE_SIZE, order }),
  );
  return (
    <section aria-label="Readings">
      <div className="history-section-header">
        <h2 className="section-title">Readings</h2>
        {sensors.length > 1 ? (
          <select aria-label="Readings of" value={sensor.id} onChange={(e) => onSensor(e.target.value)}>
            {sensors.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">{sensor.label}</span>
        )}
      </div>
      <ErrorBanner error={readings.error} />
      {readings.data ? (
        <>
          <DataTable
            columns={columns(timeZone)}
            rows={readings.data.items}
            rowKey={(row) => row.time}
            empty="No readings in this range."
            sort={order === 'asc' ? 'time' : '-time'}
            onSort={() => onOrder(order === 'asc' ? 'desc' : 'asc')}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={readings.data.total} onPage={onPage} />
        </>
      ) : readings.isPending && range ? (
        <p className="muted">Loading readings…</p>
      ) : null}
    </section>
  );
}
