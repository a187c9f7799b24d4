import { QUANTITY_UNITS, type Quantity } from '@factoryops/contracts';
import type { ApexOptions } from 'apexcharts';
import { useEffect, useMemo, useRef } from 'react';
import Chart from 'react-apexcharts';
import type { ChartSeries } from './chart-series';
import { numberText, QUANTITY_LABELS, valueText } from './figures';
import { formatInZone } from './zoned-time';

/** One colour per sensor, the same in every chart (series keep the order the sensors were chosen in). */
export const SENSOR_COLORS = [
  '#1769aa',
  '#d9480f',
  '#2f855a',
  '#7048e8',
  '#c2255c',
  '#0c8599',
  '#b7791f',
  '#495057',
  '#5c940d',
  '#e64980',
];

interface HistoryChartProps {
  quantity: Quantity;
  series: ChartSeries[];
  /** The range asked for on the site's wall clock (as the points' x). */
  bounds: { min: number; max: number };
  /** Called with the x range a selection covers. */
  onZoom(min: number, max: number): void;
  /** Lines to draw, or a note while they load or when the range holds no reading. */
  state: 'loading' | 'empty' | 'ready';
}

/** The x values are the site's wall clock counted as UTC: so they read in UTC. */
const wallClockText = (x: number) => formatInZone(x, 'UTC', 'medium');

/**
 * One quantity of every chosen sensor over the range, one line each. Dragging across the chart
 * selects a shorter range, which the page then loads.
 */
export function HistoryChart({ quantity, series, bounds, onZoom, state }: HistoryChartProps) {
  const zoom = useRef(onZoom);
  useEffect(() => {
    zoom.current = onZoom;
  });
  const title = `${QUANTITY_LABELS[quantity]} (${QUANTITY_UNITS[quantity]})`;
  const options = useMemo<ApexOptions>(
    () => ({
      chart: {
        id: `history-${quantity}`,
        toolbar: { show: false, autoSelected: 'zoom' },
        zoom: { enabled: true, type: 'x' },
        animations: { enabled: false },
        fontFamily: 'inherit',
        events: {
          zoomed: (_chart, range) => {
            if (range) zoom.current(range.xaxis.min, range.xaxis.max);
          },
        },
      },
      colors: SENSOR_COLORS,
      dataLabels: { enabled: false },
      stroke: { width: 2, curve: 'straight' },
      markers: { size: 0 },
      legend: { position: 'bottom', showForSingleSeries: true },
      xaxis: {
        type: 'datetime',
        min: bounds.min,
        max: bounds.max,
        labels: { datetimeUTC: true },
        tooltip: { enabled: false },
      },
      yaxis: {
        title: { text: QUANTITY_UNITS[quantity] },
        labels: { formatter: (value: number) => (Number.isFinite(value) ? numberText(quantity, value) : '') },
        forceNiceScale: true,
      },
      tooltip: {
        shared: true,
        x: { formatter: wallClockText },
        y: {
          formatter: (value: number | null) =>
            value === null || value === undefined ? '—' : valueText(quantity, value),
        },
      },
      noData: { text: 'No readings in this range' },
    }),
    [quantity, bounds.min, bounds.max],
  );
  return (
    <figure className="card chart history-chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      {state === 'loading' ? (
        <p className="history-chart__placeholder muted" aria-busy="true">
          Loading readings…
        </p>
      ) : state === 'empty' ? (
        <p className="history-chart__placeholder history-chart__placeholder--empty muted">
          No readings in this range.
        </p>
      ) : (
        <Chart type="line" height={300} series={series} options={options} />
      )}
    </figure>
  );
}
