import { type DailyBand, QUANTITY_UNITS, type Quantity } from '@factoryops/contracts';
import type { ApexOptions } from 'apexcharts';
import { QUANTITY_LABELS, valueText } from '../history/figures';
import { formatDay } from '../../lib/format';
import { AnalyticsChart } from './analytics-chart';
import { type BandSeries, bandAxis, bandSeries } from './analytics-series';
import { LIMIT_COLOR, QUANTITY_COLORS, QUANTITY_LINE_COLORS } from './chart-colors';

interface DailyBandsChartProps {
  quantity: Quantity;
  bands: DailyBand[];
  limits: { min: number | null; max: number | null };
}

function limitLine(value: number, label: string) {
  return {
    y: value,
    borderColor: LIMIT_COLOR,
    strokeDashArray: 5,
    label: {
      text: label,
      position: 'left',
      textAnchor: 'start',
      offsetX: 4,
      borderColor: LIMIT_COLOR,
      style: { color: '#fff', background: LIMIT_COLOR, fontSize: '11px' },
    },
  };
}

/** A day's x is its midnight counted as UTC: read back as UTC, it is the site's calendar day. */
const dayText = (x: number) => formatDay(new Date(x).toISOString().slice(0, 10));

/** The day's minimum, maximum and mean, for the chart's tooltip (numbers the page wrote: no markup to escape). */
function bandTooltip(
  quantity: Quantity,
  range: BandSeries['range'],
  mean: BandSeries['mean'],
  index: number,
): string {
  const band = range[index];
  if (!band?.y) return '';
  const rows: [string, number | null][] = [
    ['Max', band.y[1]],
    ['Mean', mean[index]?.y ?? null],
    ['Min', band.y[0]],
  ];
  const lines = rows
    .map(
      ([name, value]) =>
        `<div class="analytics-tooltip__row"><span>${name}</span><strong>${value === null ? '—' : valueText(quantity, value)}</strong></div>`,
    )
    .join('');
  return `<div class="apexcharts-tooltip-title">${dayText(band.x)}</div><div class="analytics-tooltip">${lines}</div>`;
}

/**
 * One quantity of one sensor per calendar day of the site: the band from the day's minimum to its
 * maximum, the time-weighted mean through it, and the limits as dashed lines.
 */
export function DailyBandsChart({ quantity, bands, limits }: DailyBandsChartProps) {
  const title = `Daily ${QUANTITY_LABELS[quantity].toLowerCase()} (${QUANTITY_UNITS[quantity]})`;
  const { range, mean } = bandSeries(bands, quantity);
  const axis = bandAxis(bands, quantity, limits);
  const few = range.length <= 2;
  const annotations = [
    ...(limits.max === null ? [] : [limitLine(limits.max, `max ${valueText(quantity, limits.max)}`)]),
    ...(limits.min === null ? [] : [limitLine(limits.min, `min ${valueText(quantity, limits.min)}`)]),
  ];
  const options: ApexOptions = {
    chart: { zoom: { enabled: false } },
    colors: [QUANTITY_COLORS[quantity], QUANTITY_LINE_COLORS[quantity]],
    fill: { opacity: [0.25, 1] },
    stroke: { curve: 'straight', width: [0, 2] },
    markers: { size: few ? [0, 4] : 0 },
    dataLabels: { enabled: false },
    legend: { position: 'bottom' },
    annotations: { yaxis: annotations },
    xaxis: { type: 'datetime', labels: { datetimeUTC: true, format: 'dd MMM' }, tooltip: { enabled: false } },
    yaxis: {
      ...(axis ? { min: axis.min, max: axis.max, tickAmount: axis.tickAmount } : {}),
      title: { text: QUANTITY_UNITS[quantity] },
      labels: {
        formatter: (value: number) => (Number.isFinite(value) ? value.toFixed(axis?.decimals ?? 1) : ''),
      },
    },
    tooltip: {
      // The band's own tooltip shows one series at a time: one box with the day's three figures instead.
      custom: ({ dataPointIndex }: { dataPointIndex: number }) =>
        bandTooltip(quantity, range, mean, dataPointIndex),
    },
  };
  return (
    <AnalyticsChart
      title={title}
      type="rangeArea"
      height={280}
      series={[
        { type: 'rangeArea', name: 'Daily minimum – maximum', data: range },
        { type: 'line', name: 'Daily mean', data: mean },
      ]}
      options={options}
    />
  );
}
