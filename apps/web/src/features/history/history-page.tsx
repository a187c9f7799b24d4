import type { Quantity } from '@factoryops/contracts';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth-session';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { useUrlFilters } from '../../lib/use-url-filters';
import { axisBounds, buildChartSeries, selectionRange } from './chart-series';
import { ChoiceField } from './choice-field';
import { ExportDialog } from './export-dialog';
import { HistoryChart } from './history-chart';
import { rangeText } from './history-range';
import { HISTORY_FILTERS, parseHistoryView, QUANTITY_CHOICES } from './history-view';
import { sensorHistoryQuery } from './queries';
import { ReadingsTable } from './readings-table';
import type { SensorChoice } from './sensor-choices';
import { CustomRangeFields, RefreshButton, SensorRangeFields } from './sensor-range-fields';
import { SensorRangeResults } from './sensor-range-results';
import { StatisticsTable } from './statistics-table';
import { useSensorRange } from './use-sensor-range';
import './history.css';

/** Points per series: about two per pixel of a wide chart (each stretch keeps its minimum and maximum). */
const CHART_POINTS = 1200;

type RangeFilters = { range: string; from: string; to: string };

const sensorCount = (count: number) => (count === 1 ? '1 sensor' : `${count} sensors`);

/**
 * Stored temperature and humidity of chosen sensors over a range: charts, statistics, the readings
 * themselves, and a CSV export. The whole view lives in the address, to share or bookmark; ranges are
 * read on the site's clock, whatever the browser's zone.
 */
export function HistoryPage() {
  const user = useCurrentUser();
  const canExport = user.permissions.includes('measurements.export');
  const { filters, setFilter, setFilters, page, setPage } = useUrlFilters(HISTORY_FILTERS);
  const view = parseHistoryView(filters);
  const [zoomedFrom, setZoomedFrom] = useState<RangeFilters[]>([]);
  // Choosing another range (or typing one) starts again from it, with nothing to zoom out to.
  const sensorRange = useSensorRange(view, setFilters, () => setZoomedFrom([]));
  const { site, instruments, sensors, timeZone, range, custom, refresh, rangeFields, customRangeFields } =
    sensorRange;
  const [exporting, setExporting] = useState(false);

  const histories = useQueries({
    queries: sensors.map((sensor) =>
      sensorHistoryQuery(sensor.id, range && { ...range, points: CHART_POINTS }),
    ),
  });
  const rangeError = histories.find((history) => history.error)?.error;

  const zoomTo = (min: number, max: number) => {
    const selected = selectionRange(min, max);
    if (!selected) return;
    setZoomedFrom((stack) => [...stack, { range: filters.range, from: filters.from, to: filters.to }]);
    setFilters({ range: 'custom', ...selected });
  };
  const zoomOut = () => {
    const previous = zoomedFrom.at(-1);
    if (!previous) return;
    setZoomedFrom((stack) => stack.slice(0, -1));
    setFilters(previous);
  };

  const lines = sensors.map((sensor, index) => ({
    name: sensor.label,
    history: histories[index]?.data,
    storageIntervalSeconds: sensor.storageIntervalSeconds,
  }));
  const loaded = histories.every((history) => history.data);
  const empty = (quantity: Quantity) =>
    loaded && lines.every((line) => line.history?.series[quantity].length === 0);
  const chartState = (quantity: Quantity) =>
    !loaded && lines.every((line) => !line.history) ? 'loading' : empty(quantity) ? 'empty' : 'ready';
  const readingsSensor: SensorChoice | undefined =
    sensors.find((sensor) => sensor.id === view.readingsSensorId) ?? sensors[0];

  return (
    <>
      <PageHeader
        title="History"
        description="Stored temperature and humidity over a range: charts, statistics and every reading."
        actions={
          canExport ? (
            <button
              type="button"
              className="button"
              disabled={!range || sensors.length === 0 || Boolean(rangeError)}
              onClick={() => setExporting(true)}
            >
              Export CSV
            </button>
          ) : null
        }
      />
      <ErrorBanner error={site.error ?? instruments.error} />
      <div className="history-controls">
        <SensorRangeFields {...rangeFields} />
        <ChoiceField
          label="Show"
          choices={QUANTITY_CHOICES}
          value={view.quantity}
          onChange={(quantity) => setFilter('quantity', quantity)}
        />
        {custom ? null : <RefreshButton className="history-controls__refresh" onRefresh={refresh} />}
      </div>
      {custom ? (
        <div className="history-controls">
          <CustomRangeFields {...customRangeFields} errors={fieldErrorsOf(rangeError)} />
        </div>
      ) : null}
      {timeZone ? (
        <p className="muted small history-range-line">
          {range ? `${rangeText(range, timeZone)} · ` : ''}times in the site’s zone, {timeZone}
          {zoomedFrom.length ? (
            <>
              {' · '}
              <button type="button" className="button button--ghost button--small" onClick={zoomOut}>
                Zoom out
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      <ErrorBanner error={formLevelError(rangeError, custom ? ['from', 'to'] : [])} />

      <SensorRangeResults
        sensorRange={sensorRange}
        chooseText="Pick one or more sensors above to compare their temperature and humidity over the range."
      >
        {({ range, timeZone }) =>
          rangeError ? null : (
            <>
              <div className={`history-charts history-charts--${view.quantities.length}`}>
                {view.quantities.map((quantity) => (
                  <HistoryChart
                    key={quantity}
                    quantity={quantity}
                    series={buildChartSeries(lines, quantity, timeZone, CHART_POINTS)}
                    bounds={axisBounds(range, timeZone)}
                    onZoom={zoomTo}
                    state={chartState(quantity)}
                  />
                ))}
              </div>
              {view.quantities.every(empty) ? null : (
                <p className="muted small">Drag across a chart to look closer at part of the range.</p>
              )}
              <section aria-label="Statistics">
                <h2 className="section-title">Statistics</h2>
                <StatisticsTable
                  rows={sensors.map((sensor, index) => ({ sensor, history: histories[index]?.data }))}
                  quantities={view.quantities}
                  timeZone={timeZone}
                />
              </section>
              {readingsSensor ? (
                <ReadingsTable
                  sensors={sensors}
                  sensor={readingsSensor}
                  range={range}
                  order={view.order}
                  page={page}
                  timeZone={timeZone}
                  onSensor={(id) => setFilter('readings', id)}
                  onOrder={(order) => setFilter('order', order)}
                  onPage={setPage}
                />
              ) : null}
              {canExport ? (
                <ExportDialog
                  open={exporting}
                  onClose={() => setExporting(false)}
                  sensorIds={sensors.map((sensor) => sensor.id)}
                  range={range}
                  summary={`${sensorCount(sensors.length)}, ${rangeText(range, timeZone)} (${timeZone}).`}
                />
              ) : null}
            </>
          )
        }
      </SensorRangeResults>
    </>
  );
}
