import type { Quantity } from '@factoryops/contracts';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useCurrentUser } from '../../app/auth-session';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field } from '../../components/field';
import { PageHeader } from '../../components/page-header';
import { useUrlFilters } from '../../lib/use-url-filters';
import { instrumentListQuery } from '../instruments/queries';
import { axisBounds, buildChartSeries, selectionRange } from './chart-series';
import { ExportDialog } from './export-dialog';
import { HistoryChart } from './history-chart';
import { HISTORY_RANGES, type HistoryRange, rangeQuery, rangeText, toWallClockRange } from './history-range';
import {
  HISTORY_FILTERS,
  parseHistoryView,
  QUANTITY_CHOICES,
  type QuantityChoice,
  toggleSensor,
} from './history-view';
import { sensorHistoryQuery, siteQuery } from './queries';
import { ReadingsTable } from './readings-table';
import { chosenSensors, type SensorChoice, sensorChoices } from './sensor-choices';
import { SensorPicker } from './sensor-picker';
import { StatisticsTable } from './statistics-table';
import { floorToMinute } from './zoned-time';
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
  const site = useQuery(siteQuery);
  const instruments = useQuery(instrumentListQuery);
  const { filters, setFilter, setFilters, page, setPage } = useUrlFilters(HISTORY_FILTERS);
  const view = parseHistoryView(filters);
  // Presets end at this minute until the page is refreshed or another preset chosen.
  const [now, setNow] = useState(() => floorToMinute(Date.now()));
  const [zoomedFrom, setZoomedFrom] = useState<RangeFilters[]>([]);
  const [exporting, setExporting] = useState(false);
  const rangeId = useId();
  const quantityId = useId();

  const groups = sensorChoices(instruments.data?.items ?? []);
  const sensors = chosenSensors(groups, view.sensorIds);
  const timeZone = site.data?.timeZone;
  const range = timeZone ? rangeQuery(view.range, view.custom, now, timeZone) : null;
  const histories = useQueries({
    queries: sensors.map((sensor) =>
      sensorHistoryQuery(sensor.id, range && { ...range, points: CHART_POINTS }),
    ),
  });
  const rangeError = histories.find((history) => history.error)?.error;
  const custom = view.range === 'custom';

  const chooseRange = (value: HistoryRange) => {
    setZoomedFrom([]);
    if (value === 'custom') {
      // A custom range starts from the one shown, to adjust rather than type from scratch.
      setFilters({ range: value, ...(range && timeZone ? toWallClockRange(range, timeZone) : {}) });
    } else {
      setNow(floorToMinute(Date.now()));
      setFilters({ range: value, from: '', to: '' });
    }
  };
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
        <div className="field">
          <span>Sensors</span>
          <SensorPicker
            groups={groups}
            chosen={sensors}
            onToggle={(id, chosen) =>
              setFilter(
                'sensors',
                toggleSensor(
                  sensors.map((sensor) => sensor.id),
                  id,
                  chosen,
                ),
              )
            }
          />
        </div>
        <div className="field">
          <label htmlFor={rangeId}>Range</label>
          <select
            id={rangeId}
            value={view.range}
            onChange={(e) => chooseRange(e.target.value as HistoryRange)}
          >
            {Object.entries(HISTORY_RANGES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={quantityId}>Show</label>
          <select
            id={quantityId}
            value={view.quantity}
            onChange={(e) => setFilter('quantity', e.target.value as QuantityChoice)}
          >
            {Object.entries(QUANTITY_CHOICES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {custom ? null : (
          <button
            type="button"
            className="button button--ghost history-controls__refresh"
            onClick={() => setNow(floorToMinute(Date.now()))}
          >
            Refresh
          </button>
        )}
      </div>
      {custom ? (
        <div className="history-controls">
          <Field
            label="From"
            type="datetime-local"
            value={view.custom.from}
            error={fieldErrorsOf(rangeError).from}
            onChange={(e) => {
              setZoomedFrom([]);
              setFilter('from', e.target.value);
            }}
          />
          <Field
            label="To"
            type="datetime-local"
            value={view.custom.to}
            error={fieldErrorsOf(rangeError).to}
            onChange={(e) => {
              setZoomedFrom([]);
              setFilter('to', e.target.value);
            }}
          />
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

      {!timeZone || instruments.isPending ? (
        site.isPending || instruments.isPending ? (
          <p className="muted">Loading…</p>
        ) : null
      ) : sensors.length === 0 ? (
        <div className="empty-state">
          <h2>Choose sensors</h2>
          <p>Pick one or more sensors above to compare their temperature and humidity over the range.</p>
        </div>
      ) : !range ? (
        <p className="muted">Choose the start and the end of the range.</p>
      ) : rangeError ? null : (
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
      )}
    </>
  );
}
